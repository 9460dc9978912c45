package se.namndkoll.bench.plot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws the two plots of docs/performance.md with Java2D (no other tool needed):
 * <ul>
 * <li>{@code performance-latency.png}: latency percentiles (p50, p90, p99, p99.9) at each fixed rate,
 * from the CSV the load generator writes ({@code bench/results/http-fixed-rate.csv});</li>
 * <li>{@code performance-size-scaling.png}: import + check time of the synthetic protocols against
 * their number of pages, from JMH's JSON result of the document benchmark.</li>
 * </ul>
 * Arguments: http-fixed-rate.csv jmh-documents.json output-directory.
 */
public final class Plots {

    private static final int W = 960;
    private static final int H = 560;
    private static final int LEFT = 90;
    private static final int RIGHT = 250;
    private static final int TOP = 60;
    private static final int BOTTOM = 70;
    private static final Color[] COLORS = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e),
        new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f)};

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[2]);
        Files.createDirectories(out);
        latency(Path.of(args[0]), out.resolve("performance-latency.png"));
        scaling(Path.of(args[1]), out.resolve("performance-size-scaling.png"));
    }

    /** One line of a chart. */
    record Series(String name, List<double[]> points, boolean dashed) {
    }

    static void latency(Path csv, Path png) throws IOException {
        Map<String, List<String[]>> byLabel = new LinkedHashMap<>();
        for (String line : Files.readAllLines(csv)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(",");
            // label is "endpoint,log-x": two fields
            byLabel.computeIfAbsent(f[0] + " (decision log " + f[1].replace("log-", "") + ")", k -> new ArrayList<>()).add(f);
        }
        List<Series> series = new ArrayList<>();
        String[] names = {"p50", "p99", "p99.9"};
        int[] columns = {7, 9, 10};
        for (Map.Entry<String, List<String[]>> e : byLabel.entrySet()) {
            for (int k = 0; k < names.length; k++) {
                List<double[]> pts = new ArrayList<>();
                for (String[] f : e.getValue()) {
                    double achieved = Double.parseDouble(f[3]);
                    double value = Double.parseDouble(f[columns[k]]);
                    if (!Double.isNaN(value) && achieved > 0) {
                        pts.add(new double[] {achieved, value});
                    }
                }
                pts.sort((a, b) -> Double.compare(a[0], b[0]));
                series.add(new Series(e.getKey() + " " + names[k], pts, k > 0));
            }
        }
        draw(png, "HTTP latency at fixed rates (open loop, from the scheduled send time)", "achieved requests per second",
                "latency, ms (log scale)", series, true, 10.0);
    }

    static void scaling(Path jmhJson, Path png) throws IOException {
        JsonNode results = new ObjectMapper().readTree(jmhJson.toFile());
        Map<String, List<double[]>> byBenchmark = new LinkedHashMap<>();
        for (JsonNode r : results) {
            String doc = r.path("params").path("document").asText();
            if (!doc.startsWith("synthetic-")) {
                continue;
            }
            String bench = r.path("benchmark").asText();
            String name = bench.endsWith("importAndCheck") ? "import + check" : "import only";
            double pages = Double.parseDouble(doc.substring("synthetic-".length()));
            double ms = r.path("primaryMetric").path("score").asDouble();
            byBenchmark.computeIfAbsent(name, k -> new ArrayList<>()).add(new double[] {pages, ms});
        }
        List<Series> series = new ArrayList<>();
        for (Map.Entry<String, List<double[]>> e : byBenchmark.entrySet()) {
            e.getValue().sort((a, b) -> Double.compare(a[0], b[0]));
            series.add(new Series(e.getKey(), e.getValue(), false));
            // the straight line through the origin and the largest document: linear growth lies on it
            double[] last = e.getValue().get(e.getValue().size() - 1);
            series.add(new Series(e.getKey() + ", linear from 200 pages", List.of(new double[] {0, 0}, last), true));
        }
        draw(png, "Synthetic protocol: time per document against its size (warm, one thread)", "pages",
                "milliseconds per document", series, false, Double.NaN);
    }

    static void draw(Path png, String title, String xLabel, String yLabel, List<Series> series, boolean logY, double target)
            throws IOException {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, W, H);
        double xMax = 0;
        double yMin = Double.MAX_VALUE;
        double yMax = 0;
        for (Series s : series) {
            for (double[] p : s.points()) {
                xMax = Math.max(xMax, p[0]);
                yMax = Math.max(yMax, p[1]);
                if (p[1] > 0) {
                    yMin = Math.min(yMin, p[1]);
                }
            }
        }
        if (!Double.isNaN(target)) {
            yMax = Math.max(yMax, target);
            yMin = Math.min(yMin, target);
        }
        final double xEnd = niceCeil(xMax * 1.05);
        double lo = logY ? Math.pow(10, Math.floor(Math.log10(yMin))) : 0;
        double hi = logY ? Math.pow(10, Math.ceil(Math.log10(yMax))) : niceCeil(yMax * 1.1);
        int pw = W - LEFT - RIGHT;
        int ph = H - TOP - BOTTOM;
        java.util.function.DoubleUnaryOperator sx = x -> LEFT + x / xEnd * pw;
        java.util.function.DoubleUnaryOperator sy = logY
                ? y -> TOP + ph - (Math.log10(y) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo)) * ph
                : y -> TOP + ph - (y - lo) / (hi - lo) * ph;

        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.setColor(Color.BLACK);
        g.drawString(title, LEFT, 30);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        // grid and ticks
        g.setColor(new Color(0xdddddd));
        List<Double> yTicks = new ArrayList<>();
        if (logY) {
            for (double v = lo; v <= hi * 1.0001; v *= 10) {
                yTicks.add(v);
            }
        } else {
            double step = niceCeil(hi / 6);
            for (double v = 0; v <= hi + 1e-9; v += step) {
                yTicks.add(v);
            }
        }
        for (double v : yTicks) {
            int y = (int) sy.applyAsDouble(v);
            g.setColor(new Color(0xdddddd));
            g.drawLine(LEFT, y, LEFT + pw, y);
            g.setColor(Color.DARK_GRAY);
            String label = v >= 1 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.2f", v);
            g.drawString(label, LEFT - 10 - g.getFontMetrics().stringWidth(label), y + 4);
        }
        double xStep = niceCeil(xEnd / 8);
        for (double v = 0; v <= xEnd + 1e-9; v += xStep) {
            int x = (int) sx.applyAsDouble(v);
            g.setColor(new Color(0xdddddd));
            g.drawLine(x, TOP, x, TOP + ph);
            g.setColor(Color.DARK_GRAY);
            String label = String.format(Locale.ROOT, "%,.0f", v);
            g.drawString(label, x - g.getFontMetrics().stringWidth(label) / 2, TOP + ph + 18);
        }
        g.setColor(Color.BLACK);
        g.drawRect(LEFT, TOP, pw, ph);
        g.drawString(xLabel, LEFT + pw / 2 - g.getFontMetrics().stringWidth(xLabel) / 2, H - 25);
        Graphics2D r = (Graphics2D) g.create();
        r.rotate(-Math.PI / 2);
        r.drawString(yLabel, -(TOP + ph / 2) - g.getFontMetrics().stringWidth(yLabel) / 2, 25);
        r.dispose();
        if (!Double.isNaN(target)) {
            int y = (int) sy.applyAsDouble(target);
            g.setColor(new Color(0x999999));
            g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {2, 4}, 0));
            g.drawLine(LEFT, y, LEFT + pw, y);
            g.drawString("target p99 < " + (int) target + " ms", LEFT + 6, y - 5);
        }
        // series
        int legendY = TOP + 10;
        Map<String, Color> colorOf = new LinkedHashMap<>();
        for (Series s : series) {
            String key = s.name().replaceAll(" p[0-9.]+$", "").replaceAll(", linear from 200 pages$", "");
            Color c = colorOf.computeIfAbsent(key, k -> COLORS[colorOf.size() % COLORS.length]);
            float width = s.name().endsWith("p99.9") ? 1.2f : 2.2f;
            g.setColor(c);
            g.setStroke(s.dashed()
                    ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0)
                    : new BasicStroke(width));
            int[] prev = null;
            for (double[] p : s.points()) {
                if (logY && p[1] <= 0) {
                    continue;
                }
                int x = (int) sx.applyAsDouble(p[0]);
                int y = (int) sy.applyAsDouble(p[1]);
                if (prev != null) {
                    g.drawLine(prev[0], prev[1], x, y);
                }
                g.fillOval(x - 3, y - 3, 6, 6);
                prev = new int[] {x, y};
            }
            g.drawLine(W - RIGHT + 15, legendY - 4, W - RIGHT + 40, legendY - 4);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            g.drawString(s.name(), W - RIGHT + 45, legendY);
            legendY += 16;
        }
        g.dispose();
        ImageIO.write(img, "png", png.toFile());
    }

    private static double niceCeil(double v) {
        if (v <= 0) {
            return 1;
        }
        double exp = Math.pow(10, Math.floor(Math.log10(v)));
        double f = v / exp;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
        return nice * exp;
    }
}
