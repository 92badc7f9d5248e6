package dev.schemawise.query;

import java.util.Arrays;
import net.sf.jsqlparser.parser.ASTNodeAccess;
import net.sf.jsqlparser.parser.CCJSqlParserConstants;
import net.sf.jsqlparser.parser.SimpleNode;
import net.sf.jsqlparser.parser.Token;

/**
 * The tokens JSqlParser read from one statement, with their offsets, so that AST nodes can be turned into exact
 * text ranges. JSqlParser's token manager records each token's position in characters from the start of the
 * text (1-based: {@code absoluteBegin - 1} is the index of its first character); many AST nodes record their first
 * and last token. Ranges come out absolute: the statement's base offset added.
 */
final class Tokens {
    private final PreparedText input;
    private final int base;
    private final int[] begin;
    private final int[] end;
    private final int[] depth;
    private final String[] image;
    private final int size;

    private Tokens(PreparedText input, int base, int[] begin, int[] end, int[] depth, String[] image, int size) {
        this.input = input;
        this.base = base;
        this.begin = begin;
        this.end = end;
        this.depth = depth;
        this.image = image;
        this.size = size;
    }

    /**
     * The tokens following {@code head} (the parser's token before it read anything) up to end of input, at their
     * offsets in the statement as written; null when a token's recorded position does not match the text (then no
     * range could be trusted). Where {@link ParameterMask} replaced a parameter with {@code ?}, the token covers the
     * parameter as written.
     */
    static Tokens read(Token head, PreparedText input, int base) {
        String text = input.text();
        int capacity = 64;
        int[] begin = new int[capacity];
        int[] end = new int[capacity];
        int[] depth = new int[capacity];
        String[] image = new String[capacity];
        int size = 0;
        int level = 0;
        for (Token t = head.next; t != null && t.kind != CCJSqlParserConstants.EOF; t = t.next) {
            int parsedBegin = t.absoluteBegin - 1;
            int length = t.image.length();
            if (parsedBegin < 0 || parsedBegin + length > text.length() || !text.regionMatches(true, parsedBegin, t.image, 0, length)) {
                return null;
            }
            int b = input.originalOffset(parsedBegin);
            int e = b + length;
            if (t.image.equals("?") && input.original().charAt(b) != '?') e = Math.max(e, ParameterMask.parameterEnd(input.original(), b));
            if (size > 0 && b < end[size - 1]) return null;
            if (size == capacity) {
                capacity *= 2;
                begin = Arrays.copyOf(begin, capacity);
                end = Arrays.copyOf(end, capacity);
                depth = Arrays.copyOf(depth, capacity);
                image = Arrays.copyOf(image, capacity);
            }
            if (t.image.equals(")")) level--;
            begin[size] = b;
            end[size] = e;
            depth[size] = level;
            image[size] = t.image;
            if (t.image.equals("(")) level++;
            size++;
        }
        return new Tokens(input, base, begin, end, depth, image, size);
    }

    int size() {
        return size;
    }

    String image(int index) {
        return image[index];
    }

    /** Parenthesis depth of the token (an opening parenthesis counts outside, its closing one too). */
    int depth(int index) {
        return depth[index];
    }

    boolean is(int index, String keyword) {
        return index >= 0 && index < size && image[index].equalsIgnoreCase(keyword);
    }

    /** The absolute range from the start of token {@code first} to the end of token {@code last}. */
    Range range(int first, int last) {
        return new Range(base + begin[first], base + end[last]);
    }

    /** The index of the token starting at {@code offset} (in the statement as written), or -1. */
    private int indexAt(int offset) {
        int i = Arrays.binarySearch(begin, 0, size, offset);
        return i >= 0 ? i : -1;
    }

    /** The index of the node's first token, or -1 when the parser recorded no node for it. */
    int first(ASTNodeAccess node) {
        SimpleNode n = node == null ? null : node.getASTNode();
        return n == null || n.jjtGetFirstToken() == null ? -1 : indexOf(n.jjtGetFirstToken());
    }

    /** The index of the node's last token, or -1 when the parser recorded no node for it. */
    int last(ASTNodeAccess node) {
        SimpleNode n = node == null ? null : node.getASTNode();
        return n == null || n.jjtGetLastToken() == null ? -1 : indexOf(n.jjtGetLastToken());
    }

    /** The node's whole text as an absolute range, or null when the parser recorded no node for it. */
    Range span(ASTNodeAccess node) {
        int first = first(node);
        int last = last(node);
        return first < 0 || last < first ? null : range(first, last);
    }

    /**
     * The range of a dotted name ({@code a}, {@code s.t}, {@code "S"."T"}) whose first token is {@code first}: its
     * {@code parts} identifiers and the dots between them. Null when the tokens there are not such a name.
     */
    Range dottedName(int first, int parts) {
        if (first < 0) return null;
        int i = first;
        for (int p = 1; p < parts; p++) {
            if (!is(i + 1, ".")) return null;
            i += 2;
        }
        return i < size ? range(first, i) : null;
    }

    /**
     * The last token within the node's span whose text is {@code name} (case-insensitively), as an absolute range:
     * the column name in {@code s.t.col} or {@code col[1]}. Null when there is none.
     */
    Range lastNamed(ASTNodeAccess node, String name) {
        int first = first(node);
        int last = last(node);
        if (first < 0 || name == null) return null;
        for (int i = last; i >= first; i--) {
            if (image[i].equalsIgnoreCase(name)) return range(i, i);
        }
        return null;
    }

    /**
     * The first token at or after {@code from} with text {@code keyword} at the same parenthesis depth as token
     * {@code from}, not looking past the parenthesis that closes that level; -1 when there is none.
     */
    int findAtLevel(int from, String keyword) {
        if (from < 0) return -1;
        int level = depth[from];
        for (int i = from; i < size && depth[i] >= level; i++) {
            if (depth[i] == level && image[i].equalsIgnoreCase(keyword)) return i;
        }
        return -1;
    }

    /** The first token with the smallest depth among those with text {@code keyword}; -1 when there is none. */
    int findShallowest(String keyword) {
        int best = -1;
        for (int i = 0; i < size; i++) {
            if (image[i].equalsIgnoreCase(keyword) && (best < 0 || depth[i] < depth[best])) best = i;
        }
        return best;
    }

    private int indexOf(Token t) {
        return indexAt(input.originalOffset(t.absoluteBegin - 1));
    }
}
