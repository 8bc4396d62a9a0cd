import { SHEET_FUNCTIONS, type SheetFunction } from "./table";

// Everything a spreadsheet build needs besides its bundle, generated from SHEET_FUNCTIONS at build
// time (tsup.config.ts), so Apps Script, WPS and Excel cannot drift apart.

/** The bundles' global: wrappers call `CommunityStandards.functions.NAME`. */
export const GLOBAL = "CommunityStandards";
/** The namespace of the WPS and Excel add-ins: `=CSCN.SERVICE_SPACE_REQUIRED(…)`. */
export const NAMESPACE = "CSCN";
/** Where the Excel add-in is served: replace with the intranet HTTPS host (README). */
export const EXCEL_BASE_URL = "https://localhost:3000/";
/** The Excel add-in's id: fixed, so an updated manifest replaces the installed one. */
export const EXCEL_ADDIN_ID = "5f0c6d2e-8b1a-4c3e-9d7f-2a6b4e8c1d93";

const call = (f: SheetFunction, names: readonly string[]) => `return ${GLOBAL}.functions.${f.name}(${names.join(", ")});`;
const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Apps Script: a top-level function per spreadsheet function, with the JSDoc Sheets reads (@customfunction). */
export function appsScriptWrappers(): string {
  return SHEET_FUNCTIONS.map((f) => {
    const type = (p: SheetFunction["params"][number]) => (p.dimensionality === "range" ? "number|Array<Array<number>>" : "Date|string");
    const params = f.params.map((p) => ` * @param {${type(p)}} ${p.optional ? `[${p.name}]` : p.name} ${p.description.en}`).join("\n");
    const names = f.params.map((p) => p.name);
    return `/**\n * ${f.description.en}\n${params}\n * @return ${f.returns.en}\n * @customfunction\n */\nfunction ${f.name}(${names.join(", ")}) {\n  ${call(f, names)}\n}\n`;
  }).join("\n");
}

/** WPS JS macros: every function under its English and its Chinese name, documented in Chinese. */
export function wpsMacroWrappers(): string {
  return SHEET_FUNCTIONS.map((f) => {
    const doc = (names: readonly string[]) => `/**\n * ${f.description.zh}\n${f.params.map((p, i) => ` * @param ${names[i]} ${p.description.zh}${p.optional ? "（可省略）" : ""}`).join("\n")}\n * @returns ${f.returns.zh}\n */`;
    const en = f.params.map((p) => p.name);
    const zh = f.params.map((p) => p.zhName);
    return `${doc(en)}\nfunction ${f.name}(${en.join(", ")}) {\n  ${call(f, en)}\n}\n${doc(zh)}\nfunction ${f.zhName}(${zh.join(", ")}) {\n  ${call(f, zh)}\n}\n`;
  }).join("\n");
}

// The types wpsjs's functionsScanner writes: a range is any[][], a trailing ? marks an optional one.
const wpsType = (p: SheetFunction["params"][number]) => `${p.dimensionality === "range" ? "any[][]" : "any"}${p.optional ? "?" : ""}`;

/** The wpsjs add-in's functions.js: English names (add-in names are ASCII only), registered under the namespace. */
export function wpsAddinWrappers(): string {
  const wrappers = SHEET_FUNCTIONS.map((f) => {
    const names = f.params.map((p) => p.name);
    const params = f.params.map((p) => ` * @param {${wpsType(p).replace("?", "")}} ${p.optional ? `[${p.name}]` : p.name} - ${p.description.zh}`).join("\n");
    return `/**\n * ${f.description.zh}\n * @customfunction\n${params}\n * @returns {any[][]} - ${f.returns.zh}\n */\nfunction ${f.name}(${names.join(", ")}) {\n  ${call(f, names)}\n}\n`;
  });
  const registrations = SHEET_FUNCTIONS.map((f) => `  wps.AddCustomFunction(${JSON.stringify(NAMESPACE)}, ${JSON.stringify(f.name)}, ${f.name});`);
  return `${wrappers.join("\n")}\nif (typeof wps !== "undefined" && wps.AddCustomFunction) {\n${registrations.join("\n")}\n}\n`;
}

/** The wpsjs add-in's functions.json, in the shape wpsjs's functionsScanner writes. */
export function wpsFunctionsJson(): string {
  const functions = SHEET_FUNCTIONS.map((f) => ({
    name: f.name,
    parameters: f.params.map((p) => ({ name: p.name, description: p.description.zh, type: wpsType(p) })),
    description: f.description.zh,
    result: { type: "any[][]" },
  }));
  return `${JSON.stringify({ functions }, null, 2)}\n`;
}

/** The wpsjs add-in's manifest.xml. */
export function wpsManifest(): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<JsPlugin>
  <ApiVersion>1.0.0</ApiVersion>
  <Name>CommunityStandardsCN</Name>
  <Description>${escapeXml("社区建设标准检查：五份文件的量化标准（广州2000、2011，龙岗2005，临沂，敦煌）")}</Description>
  <Functions>
    <Uri>/functions.json</Uri>
    <Namespace>${NAMESPACE}</Namespace>
  </Functions>
</JsPlugin>
`;
}

/** The wpsjs add-in's entry page, which WPS loads and which loads functions.js. */
export const WPS_INDEX_HTML = `<!DOCTYPE html>
<html>
  <head>
    <meta charset="utf-8">
    <script type="text/javascript" src="./functions.js"></script>
  </head>
</html>
`;

/** Excel: JSDoc'd wrappers (what custom-functions-metadata reads) and their associations. */
export function excelWrappers(): string {
  const wrappers = SHEET_FUNCTIONS.map((f) => {
    const names = f.params.map((p) => p.name);
    const params = f.params.map((p) => ` * @param {${p.dimensionality === "range" ? "any[][]" : "any"}} ${p.optional ? `[${p.name}]` : p.name} ${p.description.en}`).join("\n");
    return `/**\n * ${f.description.en}\n * @customfunction ${f.name} ${f.name}\n${params}\n * @returns {any[][]} ${f.returns.en}\n */\nfunction ${f.name}(${names.join(", ")}) {\n  ${call(f, names)}\n}\nCustomFunctions.associate(${JSON.stringify(f.name)}, ${f.name});\n`;
  });
  return wrappers.join("\n");
}

/** Excel's functions.json (or a locale's), as custom-functions-metadata writes it from the wrappers' JSDoc. */
export function excelFunctionsJson(lang: "en" | "zh"): string {
  const functions = SHEET_FUNCTIONS.map((f) => ({
    description: f.description[lang],
    id: f.name,
    name: lang === "en" ? f.name : f.zhName,
    parameters: f.params.map((p) => ({
      description: p.description[lang],
      ...(p.dimensionality === "range" && { dimensionality: "matrix" }),
      name: p.name,
      ...(p.optional && { optional: true }),
      type: "any",
    })),
    result: { dimensionality: "matrix" },
  }));
  return `${JSON.stringify({ allowCustomDataForDataTypeAny: true, functions }, null, 4)}\n`;
}

/** The page Excel loads for the functions: the custom functions runtime, then functions.js. */
export const EXCEL_FUNCTIONS_HTML = `<!DOCTYPE html>
<html>
  <head>
    <meta charset="UTF-8">
    <meta http-equiv="X-UA-Compatible" content="IE=Edge">
    <title>community-standards-cn</title>
    <script type="text/javascript" src="https://appsforoffice.microsoft.com/lib/1/hosted/custom-functions-runtime.js"></script>
    <script type="text/javascript" src="functions.js"></script>
  </head>
  <body></body>
</html>
`;

/** Excel's add-in manifest (XML): the custom functions extension point, zh-CN names through a localized metadata file. */
export function excelManifest(base = EXCEL_BASE_URL): string {
  const url = (file: string) => escapeXml(`${base}${file}`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0" xmlns:ov="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type="TaskPaneApp">
  <Id>${EXCEL_ADDIN_ID}</Id>
  <Version>1.0.0.0</Version>
  <ProviderName>community-standards-cn</ProviderName>
  <DefaultLocale>en-US</DefaultLocale>
  <DisplayName DefaultValue="Community standards (CN)">
    <Override Locale="zh-CN" Value="社区建设标准检查"/>
  </DisplayName>
  <Description DefaultValue="The quantitative standards of five Chinese community-building documents as spreadsheet functions.">
    <Override Locale="zh-CN" Value="${escapeXml("五份社区建设文件的量化标准，作为表格函数使用。")}"/>
  </Description>
  <IconUrl DefaultValue="${url("icon-32.png")}"/>
  <HighResolutionIconUrl DefaultValue="${url("icon-64.png")}"/>
  <SupportUrl DefaultValue="${url("functions.html")}"/>
  <Hosts>
    <Host Name="Workbook"/>
  </Hosts>
  <Requirements>
    <Sets DefaultMinVersion="1.1">
      <Set Name="CustomFunctionsRuntime" MinVersion="1.1"/>
    </Sets>
  </Requirements>
  <DefaultSettings>
    <SourceLocation DefaultValue="${url("functions.html")}"/>
  </DefaultSettings>
  <Permissions>ReadWriteDocument</Permissions>
  <VersionOverrides xmlns="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type="VersionOverridesV1_0">
    <Hosts>
      <Host xsi:type="Workbook">
        <AllFormFactors>
          <ExtensionPoint xsi:type="CustomFunctions">
            <Script>
              <SourceLocation resid="Functions.Script.Url"/>
            </Script>
            <Page>
              <SourceLocation resid="Functions.Page.Url"/>
            </Page>
            <Metadata>
              <SourceLocation resid="Functions.Metadata.Url"/>
            </Metadata>
            <Namespace resid="Functions.Namespace"/>
          </ExtensionPoint>
        </AllFormFactors>
      </Host>
    </Hosts>
    <Resources>
      <bt:Urls>
        <bt:Url id="Functions.Script.Url" DefaultValue="${url("functions.js")}"/>
        <bt:Url id="Functions.Metadata.Url" DefaultValue="${url("functions.json")}">
          <bt:Override Locale="zh-CN" Value="${url("functions.zh-CN.json")}"/>
        </bt:Url>
        <bt:Url id="Functions.Page.Url" DefaultValue="${url("functions.html")}"/>
      </bt:Urls>
      <bt:ShortStrings>
        <bt:String id="Functions.Namespace" DefaultValue="${NAMESPACE}"/>
      </bt:ShortStrings>
    </Resources>
  </VersionOverrides>
</OfficeApp>
`;
}
