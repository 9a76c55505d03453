import java.awt.*;
import java.awt.geom.*;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Draws the four dashboard-item thumbnails (122 x 62 PNG) of Jira's "Add gadget" directory into a folder. Run it when
 * they change (not part of the build): scripts/with-jdk21 java jira-plugin/src/build/DashboardThumbnails.java
 * jira-plugin/src/main/resources/images/dashboard
 */
public class DashboardThumbnails {
    static final int W = 122, H = 62;
    static final Color BG = new Color(0xF4, 0xF5, 0xF7);
    static final Color INK = new Color(0x42, 0x52, 0x6E);
    static final Color BLUE = new Color(0x00, 0x52, 0xCC);
    static final Color GREEN = new Color(0x36, 0xB3, 0x7E);
    static final Color AMBER = new Color(0xFF, 0xAB, 0x00);
    static final Color RED = new Color(0xDE, 0x35, 0x0B);
    static final Color GREY = new Color(0xDF, 0xE1, 0xE6);

    static Graphics2D start(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(BG); g.fillRect(0, 0, W, H);
        g.setColor(GREY); g.drawRect(0, 0, W - 1, H - 1);
        return g;
    }

    static void bar(Graphics2D g, int x, int y, int w, double p, Color c) {
        g.setColor(GREY); g.fill(new RoundRectangle2D.Double(x, y, w, 5, 5, 5));
        g.setColor(c); g.fill(new RoundRectangle2D.Double(x, y, w * p, 5, 5, 5));
    }

    public static void main(String[] args) throws Exception {
        File dir = new File(args[0]);
        BufferedImage okr = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(okr);
        double[] p = {0.8, 0.55, 0.3};
        Color[] c = {GREEN, AMBER, RED};
        for (int i = 0; i < 3; i++) {
            g.setColor(INK); g.fillRect(8 + (i > 0 ? 8 : 0), 8 + i * 17, 40, 4);
            bar(g, 8 + (i > 0 ? 8 : 0), 15 + i * 17, 80 - (i > 0 ? 8 : 0), p[i], c[i]);
            g.setColor(c[i]); g.fill(new RoundRectangle2D.Double(96, 11 + i * 17, 18, 8, 4, 4));
        }
        ImageIO.write(okr, "png", new File(dir, "okr-progress.png"));

        BufferedImage score = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        g = start(score);
        for (int i = 0; i < 3; i++) {
            int x = 6 + i * 38;
            g.setColor(Color.WHITE); g.fillRect(x, 8, 34, 46);
            g.setColor(c[i]); g.fillRect(x, 8, 3, 46);
            g.setColor(INK); g.fillRect(x + 6, 12, 20, 3);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
            g.drawString(new String[] {"42", "7.5", "91%"}[i], x + 6, 30);
            g.setColor(BLUE); g.setStroke(new BasicStroke(1.2f));
            Path2D line = new Path2D.Double(); line.moveTo(x + 6, 48);
            for (int k = 1; k <= 5; k++) line.lineTo(x + 6 + k * 5, 48 - ((k * (i + 2)) % 7) - (i == 0 ? k : 0));
            g.draw(line);
        }
        ImageIO.write(score, "png", new File(dir, "kpi-scorecard.png"));

        BufferedImage trend = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        g = start(trend);
        g.setColor(new Color(0x36, 0xB3, 0x7E, 50)); g.fillRect(6, 6, 110, 16);
        g.setColor(new Color(0xFF, 0xAB, 0x00, 60)); g.fillRect(6, 22, 110, 14);
        g.setColor(new Color(0xDE, 0x35, 0x0B, 45)); g.fillRect(6, 36, 110, 20);
        g.setColor(new Color(0x65, 0x54, 0xC0, 45)); g.fillRect(54, 6, 36, 50);
        g.setColor(BLUE); g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D t = new Path2D.Double(); t.moveTo(8, 48);
        double[] ys = {46, 44, 47, 40, 38, 36, 30, 27, 22, 19, 16};
        for (int k = 0; k < ys.length; k++) t.lineTo(8 + (k + 1) * 9.6, ys[k]);
        g.draw(t);
        ImageIO.write(trend, "png", new File(dir, "kpi-trend.png"));

        BufferedImage work = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        g = start(work);
        g.setColor(INK); g.fillRect(8, 8, 30, 3); g.fillRect(64, 8, 16, 3); g.fillRect(92, 8, 18, 3);
        Color[] rows = {RED, AMBER, GREEN, GREEN, GREY};
        for (int i = 0; i < 5; i++) {
            int y = 16 + i * 9;
            g.setColor(GREY); g.drawLine(6, y - 2, 116, y - 2);
            g.setColor(INK); g.fillRect(8, y + 1, 34 - i * 3, 3);
            g.setColor(BLUE); g.fillRect(64, y + 1, 12 - i * 2, 3);
            g.setColor(rows[i]); g.fill(new RoundRectangle2D.Double(92, y, 18, 6, 3, 3));
        }
        ImageIO.write(work, "png", new File(dir, "agent-workload.png"));
    }
}
