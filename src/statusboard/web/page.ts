/** The web UI's HTML shell; the script is /ui/app.js (app.ts bundled by esbuild, see routes-web.ts). */
export const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>StatusBoard</title>
<style>
  body { font: 14px/1.4 system-ui, sans-serif; margin: 0; color: #1f2328; background: #f6f8fa; }
  header { display: flex; gap: 1rem; align-items: center; padding: .6rem 1rem; background: #24292f; color: #fff; }
  header h1 { font-size: 1.1rem; margin: 0; flex: 1; }
  header input { width: 18rem; }
  main { padding: 1rem; display: grid; gap: 1rem; }
  section { background: #fff; border: 1px solid #d0d7de; border-radius: 6px; padding: .8rem 1rem; }
  h2 { font-size: 1rem; margin: 0 0 .6rem; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #eaeef2; vertical-align: top; }
  .state-active { color: #bc4c00; font-weight: 600; }
  .state-scheduled { color: #57606a; }
  #history { height: 260px; }
  form { display: flex; flex-wrap: wrap; gap: .5rem; align-items: end; }
  label { display: grid; gap: .15rem; font-size: .85rem; }
  #message { min-height: 1.4em; }
  .error { color: #cf222e; }
  button { cursor: pointer; }
</style>
</head>
<body>
<header>
  <h1>StatusBoard</h1>
  <label>API token <input id="token" type="password" autocomplete="off" placeholder="Bearer token"></label>
</header>
<main>
  <div id="message" role="status"></div>
  <section>
    <h2>Services</h2>
    <table id="services"><thead><tr><th>Service</th><th>Team</th><th>State</th><th>Current or next event</th><th></th></tr></thead><tbody></tbody></table>
  </section>
  <section>
    <h2>History (last 7 days, next 24 hours)</h2>
    <div id="history"></div>
  </section>
  <section>
    <h2>Declare maintenance</h2>
    <form id="create">
      <label>Service <select name="service" required></select></label>
      <label>Title <input name="title" required placeholder="deploy 1.2.3"></label>
      <label>Duration (minutes) <input name="minutes" type="number" min="1" value="120" required></label>
      <label>Mode <select name="mode"><option>maintenance</option><option>info</option></select></label>
      <button type="submit">Start</button>
      <button type="button" id="preview">Preview alerts</button>
    </form>
    <div id="preview-result"></div>
  </section>
</main>
<script type="module" src="/ui/app.js"></script>
</body>
</html>
`;
