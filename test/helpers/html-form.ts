/** Read the forms a server-rendered page would make a browser submit (tests only). */
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", "#96": "`" };
const unescape = (s: string) => s.replace(/&(amp|lt|gt|quot|#39|#96);/g, (_, e: string) => ENTITIES[e]!);

export interface PageForm {
  action: string;
  method: string;
  fields: Array<[string, string]>;
}

export function formsOf(html: string): PageForm[] {
  const forms: PageForm[] = [];
  for (const match of html.matchAll(/<form([^>]*)>([\s\S]*?)<\/form>/g)) {
    const attrs = match[1]!;
    const action = unescape(/action="([^"]*)"/.exec(attrs)?.[1] ?? "");
    const method = (/method="([^"]*)"/.exec(attrs)?.[1] ?? "get").toLowerCase();
    const fields = [...match[2]!.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)].map((m) => [unescape(m[1]!), unescape(m[2]!)] as [string, string]);
    forms.push({ action, method, fields });
  }
  return forms;
}

export function cspOf(res: Response): Record<string, string> {
  const csp = res.headers.get("content-security-policy") ?? "";
  return Object.fromEntries(csp.split(";").map((d) => d.trim()).filter(Boolean).map((d) => [d.split(" ")[0]!, d.slice(d.indexOf(" ") + 1)]));
}
