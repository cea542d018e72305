package io.dfloverlay.core.io;

import java.io.IOException;
import java.io.Reader;

/**
 * Tokens of the Graphviz DOT language read from a stream: identifiers, numerals, quoted strings
 * (with {@code \"} escapes and {@code +} concatenation left to the parser), HTML strings
 * {@code <...>}, the edge operators {@code --} and {@code ->}, and the punctuation
 * {@code { } [ ] ; , = :}. Skips {@code //} and {@code /* *}{@code /} comments and lines starting
 * with {@code #}. Tracks the line number for errors. Not thread-safe.
 */
final class DotTokenizer implements SourcePosition {
    /** Token kinds. */
    enum Kind { ID, QUOTED, EDGE_OP, PUNCT, END }

    private final Reader in;
    private final String file;
    private int peeked = -2;
    private long line = 1;
    private boolean lineStart = true;
    private Kind kind;
    private final StringBuilder text = new StringBuilder();

    DotTokenizer(Reader in, String file) {
        this.in = in;
        this.file = file;
    }

    @Override
    public String file() {
        return file;
    }

    @Override
    public long lineNumber() {
        return line;
    }

    /** Kind of the current token. */
    Kind kind() {
        return kind;
    }

    /** Text of the current token (unquoted for strings). */
    String text() {
        return text.toString();
    }

    /** Whether the current token is the punctuation or operator {@code s}. */
    boolean is(String s) {
        return (kind == Kind.PUNCT || kind == Kind.EDGE_OP) && text.toString().equals(s);
    }

    /** Whether the current token is an unquoted keyword {@code kw} (case-insensitive, as DOT keywords are). */
    boolean isKeyword(String kw) {
        return kind == Kind.ID && text.toString().equalsIgnoreCase(kw);
    }

    /** Advances to the next token; returns its kind. */
    Kind next() throws IOException {
        text.setLength(0);
        int c = skipSpaceAndComments();
        if (c < 0) return kind = Kind.END;
        if (c == '"') return quoted();
        if (c == '<') return html();
        if (c == '-') {
            int d = peek();
            if (d == '-' || d == '>') {
                read();
                text.append('-').append((char) d);
                return kind = Kind.EDGE_OP;
            }
        }
        if ("{}[];,=:".indexOf(c) >= 0) {
            text.append((char) c);
            return kind = Kind.PUNCT;
        }
        if (isIdChar(c) || c == '-' || c == '.') {
            text.append((char) c);
            for (int d = peek(); isIdChar(d) || d == '.'; d = peek()) text.append((char) read());
            return kind = Kind.ID;
        }
        throw error("unexpected character '" + (char) c + "'");
    }

    private Kind quoted() throws IOException {
        while (true) {
            int c = read();
            if (c < 0) throw error("unterminated quoted string");
            if (c == '"') return kind = Kind.QUOTED;
            if (c == '\\') {
                int d = read();
                if (d < 0) throw error("unterminated quoted string");
                if (d == '\n') continue; // line continuation
                if (d != '"') text.append('\\');
                text.append((char) d);
            } else {
                text.append((char) c);
            }
        }
    }

    private Kind html() throws IOException {
        int depth = 1;
        while (true) {
            int c = read();
            if (c < 0) throw error("unterminated HTML string");
            if (c == '<') depth++;
            if (c == '>' && --depth == 0) return kind = Kind.QUOTED;
            text.append((char) c);
        }
    }

    private int skipSpaceAndComments() throws IOException {
        while (true) {
            boolean atLineStart = lineStart;
            int c = read();
            if (c < 0) return c;
            if (c == '#' && atLineStart) {
                skipLine();
                continue;
            }
            if (Character.isWhitespace(c)) continue;
            if (c == '/') {
                int d = peek();
                if (d == '/') {
                    skipLine();
                    continue;
                }
                if (d == '*') {
                    read();
                    int prev = 0;
                    for (int e = read(); !(prev == '*' && e == '/'); e = read()) {
                        if (e < 0) throw error("unterminated /* comment");
                        prev = e;
                    }
                    continue;
                }
            }
            return c;
        }
    }

    private void skipLine() throws IOException {
        for (int c = peek(); c >= 0 && c != '\n'; c = peek()) read();
    }

    private static boolean isIdChar(int c) {
        return c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
    }

    private int peek() throws IOException {
        if (peeked == -2) peeked = in.read();
        return peeked;
    }

    private int read() throws IOException {
        int c = peek();
        peeked = -2;
        if (c == '\n') {
            line++;
            lineStart = true;
        } else if (c >= 0 && !Character.isWhitespace(c)) {
            lineStart = false;
        }
        return c;
    }
}
