// Types of src/generated/widget-bundle.js, which scripts/build-widget.mjs writes (git-ignored).

/** What the build knows about the widget file it produced. */
export interface WidgetManifest {
  name: "coreport-checkout";
  /** Semantic version of the widget (src/widget/version.json). */
  version: string;
  /** URL channel, `v` + major version: `/widget/v1/…`. */
  channel: string;
  /** Subresource Integrity value for the script tag: `sha384-…`. */
  integrity: string;
  /** First 16 hex digits of the sha384 digest; names the immutable URL. */
  contentHash: string;
  bytes: number;
  gzipBytes: number;
  files: {
    /** Latest build of this major version; revalidated, so fixes reach every merchant. */
    latest: string;
    /** This exact build, content-addressed: cached for a year, safe to pin with SRI. */
    immutable: string;
  };
}

export declare const WIDGET_MANIFEST: WidgetManifest;
/** Path of the minified widget script among the Worker's static assets (env.ASSETS). */
export declare const WIDGET_ASSET_PATH: string;
