/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

const STYLE = `
body{font-family:system-ui,sans-serif;line-height:1.5;margin:0;background:#f4f5f6;color:#1e2b3c}
main{max-width:32rem;margin:2rem auto;padding:1.5rem 2rem;background:#fff;border-radius:8px;box-shadow:0 1px 3px #0003}
.merke{font-size:.875rem;color:#4a5563;margin:0}
h1{font-size:1.5rem;margin:.25rem 0 1rem}
label,legend{display:block;font-weight:600;margin-bottom:.25rem}
.hjelp{margin:0 0 .25rem;color:#4a5563;font-size:.9rem}
select,input[type=text]{font:inherit;width:100%;box-sizing:border-box;padding:.5rem;border:1px solid #68707c;border-radius:4px}
fieldset{border:0;padding:0;margin:1rem 0}
.valg{display:flex;gap:.5rem;align-items:center;margin:.25rem 0}
.valg label{font-weight:400;margin:0}
.felt{margin:1rem 0}
.feil{color:#b3261e;font-weight:600;margin:.25rem 0}
.feiloppsummering{border:2px solid #b3261e;border-radius:4px;padding:.5rem 1rem;margin-bottom:1rem}
.feiloppsummering h2{font-size:1.1rem;margin:.25rem 0}
[aria-invalid=true]{border-color:#b3261e;border-width:2px}
.knapper{display:flex;gap:1rem;margin-top:1.5rem}
button{font:inherit;padding:.6rem 1.2rem;border-radius:4px;border:2px solid #0062ba;cursor:pointer}
button.primar{background:#0062ba;color:#fff}
button.sekundar{background:#fff;color:#0062ba}
:focus-visible{outline:3px solid #f6a500;outline-offset:2px}
`;

/** A complete Norwegian (bokmål) page around `body`, marked as a local test stand-in. */
export function page(title: string, body: string, merke = "ID-porten – lokalt testmiljø"): string {
  return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<p class="merke">${escapeHtml(merke)}</p>
${body}
</main>
</body>
</html>
`;
}
