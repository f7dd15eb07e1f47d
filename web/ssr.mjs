// Render ECharts options to SVG on the server (no browser), for the PDF and
// Markdown briefs. Reads a JSON array of {option, width, height} on stdin and
// writes a JSON array of SVG strings on stdout.
import * as echarts from "echarts";

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const specs = JSON.parse(Buffer.concat(chunks).toString("utf8"));
const out = specs.map(({ option, width, height }) => {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  chart.setOption({ animation: false, ...option });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
});
process.stdout.write(JSON.stringify(out));
