import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Renders text with ANSI colours (SGR: 16 colours, 256 colours, 24-bit, bold, reverse) as a PNG, like a terminal
 * would: {@code java AnsiToPng.java capture.ans out.png [columns]}. Used for the README's screenshots, from
 * {@code tmux capture-pane -e -p} or {@code script} output; headless, needs only a JDK and a monospaced font.
 */
public class AnsiToPng {
    static final Color BG = new Color(0x1e, 0x1e, 0x2e);
    static final Color FG = new Color(0xd4, 0xd4, 0xd4);
    static final int[] BASE = {0x1e1e2e, 0xf38ba8, 0xa6e3a1, 0xf9e2af, 0x89b4fa, 0xcba6f7, 0x94e2d5, 0xbac2de,
            0x585b70, 0xf38ba8, 0xa6e3a1, 0xf9e2af, 0x89b4fa, 0xcba6f7, 0x94e2d5, 0xffffff};

    record Cell(char ch, Color fg, Color bg, boolean bold) {}

    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8).replace("\r", "");
        int columns = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        List<List<Cell>> lines = new ArrayList<>();
        List<Cell> line = new ArrayList<>();
        Color fg = FG, bg = null;
        boolean bold = false, reverse = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0x1b && i + 1 < text.length() && text.charAt(i + 1) == '[') {
                int end = i + 2;
                while (end < text.length() && !Character.isLetter(text.charAt(end))) end++;
                if (end < text.length() && text.charAt(end) == 'm') {
                    String[] codes = text.substring(i + 2, end).split(";", -1);
                    for (int k = 0; k < codes.length; k++) {
                        int code = codes[k].isEmpty() ? 0 : Integer.parseInt(codes[k]);
                        if (code == 0) { fg = FG; bg = null; bold = false; reverse = false; }
                        else if (code == 1) bold = true;
                        else if (code == 22) bold = false;
                        else if (code == 7) reverse = true;
                        else if (code == 27) reverse = false;
                        else if (code >= 30 && code <= 37) fg = new Color(BASE[code - 30 + (bold ? 8 : 0)]);
                        else if (code >= 90 && code <= 97) fg = new Color(BASE[code - 90 + 8]);
                        else if (code == 39) fg = FG;
                        else if (code >= 40 && code <= 47) bg = new Color(BASE[code - 40]);
                        else if (code >= 100 && code <= 107) bg = new Color(BASE[code - 100 + 8]);
                        else if (code == 49) bg = null;
                        else if ((code == 38 || code == 48) && k + 1 < codes.length) {
                            Color col;
                            if (codes[k + 1].equals("5") && k + 2 < codes.length) { col = color256(Integer.parseInt(codes[k + 2])); k += 2; }
                            else if (codes[k + 1].equals("2") && k + 4 < codes.length) {
                                col = new Color(Integer.parseInt(codes[k + 2]), Integer.parseInt(codes[k + 3]), Integer.parseInt(codes[k + 4])); k += 4;
                            } else break;
                            if (code == 38) fg = col; else bg = col;
                        }
                    }
                }
                i = end;
                continue;
            }
            if (c == 0x1b) continue;
            if (c == '\n') { lines.add(line); line = new ArrayList<>(); continue; }
            if (c == '\t') { do line.add(new Cell(' ', fg, bg, bold)); while (line.size() % 8 != 0); continue; }
            line.add(reverse ? new Cell(c, bg == null ? BG : bg, fg, bold) : new Cell(c, fg, bg, bold));
        }
        if (!line.isEmpty()) lines.add(line);
        while (!lines.isEmpty() && lines.get(lines.size() - 1).stream().allMatch(x -> x.ch() == ' ')) lines.remove(lines.size() - 1);
        Font font = new Font("DejaVu Sans Mono", Font.PLAIN, 15);
        Font boldFont = font.deriveFont(Font.BOLD);
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        FontMetrics m = probe.createGraphics().getFontMetrics(font);
        int cw = m.charWidth('M'), ch = m.getHeight(), pad = 16;
        int cols = columns > 0 ? columns : lines.stream().mapToInt(List::size).max().orElse(80);
        BufferedImage img = new BufferedImage(cols * cw + 2 * pad, lines.size() * ch + 2 * pad, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_LCD_HRGB);
        g.setColor(BG);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        for (int y = 0; y < lines.size(); y++) {
            List<Cell> l = lines.get(y);
            for (int x = 0; x < Math.min(cols, l.size()); x++) {
                Cell cell = l.get(x);
                if (cell.bg() != null) { g.setColor(cell.bg()); g.fillRect(pad + x * cw, pad + y * ch, cw, ch); }
                if (cell.ch() == ' ') continue;
                g.setColor(cell.fg());
                g.setFont(cell.bold() ? boldFont : font);
                g.drawString(String.valueOf(cell.ch()), pad + x * cw, pad + y * ch + m.getAscent());
            }
        }
        ImageIO.write(img, "png", new File(args[1]));
    }

    static Color color256(int n) {
        if (n < 16) return new Color(BASE[n]);
        if (n >= 232) { int v = 8 + (n - 232) * 10; return new Color(v, v, v); }
        n -= 16;
        int[] steps = {0, 95, 135, 175, 215, 255};
        return new Color(steps[n / 36], steps[(n / 6) % 6], steps[n % 6]);
    }
}
