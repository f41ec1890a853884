/** Vite `?raw` imports: the file's text (test fixtures). */
declare module "*?raw" {
  const content: string;
  export default content;
}
