package io.github.diapason.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The pseudonym pattern of a protocol turned into the mask a site fills in by hand:
 * {@code ^MSC-[0-9]{2}-[0-9]{4}$} with site code {@code 07} gives {@code MSC-07-____}. Only patterns
 * made of literal characters and character classes repeated a fixed number of times can be shown as a
 * mask; the site's code goes in the group named {@code site} when there is one ({@code (?<site>[0-9]{2})}),
 * else in the first class slot as long as the code that the class accepts. Hand-written rather than read
 * off {@link java.util.regex.Pattern}, whose parsed form is not public.
 */
public final class PseudonymMask {

    /** One position run of the pattern: a literal text, or {@code count} characters of a class. */
    record Part(String literal, String classBody, int count, boolean site) {
        boolean accepts(String code) {
            return classBody != null && code.length() == count
                    && code.chars().allMatch(c -> java.util.regex.Pattern.matches("[" + classBody + "]", String.valueOf((char) c)));
        }
    }

    private final List<Part> parts;

    private PseudonymMask(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    /** The mask of a pattern, or why there is none (a construct a mask cannot show). */
    public static Result parse(String pattern) {
        List<Part> parts = new ArrayList<>();
        String p = pattern;
        if (p.startsWith("^")) {
            p = p.substring(1);
        }
        if (p.endsWith("$") && !p.endsWith("\\$")) {
            p = p.substring(0, p.length() - 1);
        }
        boolean inSite = false;
        int i = 0;
        while (i < p.length()) {
            char c = p.charAt(i);
            String classBody = null;
            String literal = null;
            if (p.startsWith("(?<site>", i) && !inSite) {
                inSite = true;
                i += "(?<site>".length();
                continue;
            } else if (c == ')' && inSite) {
                inSite = false;
                i++;
                continue;
            } else if (c == '[') {
                int end = p.indexOf(']', i + 2);
                if (end < 0 || p.charAt(i + 1) == '^') {
                    return Result.refused("'" + p.substring(i) + "'");
                }
                classBody = p.substring(i + 1, end);
                i = end + 1;
            } else if (c == '\\' && i + 1 < p.length()) {
                char e = p.charAt(i + 1);
                if (e == 'd') {
                    classBody = "0-9";
                } else if (Character.isLetterOrDigit(e)) {
                    return Result.refused("'\\" + e + "'");
                } else {
                    literal = String.valueOf(e);
                }
                i += 2;
            } else if ("()|*+?{}.^$".indexOf(c) >= 0) {
                return Result.refused("'" + c + "'");
            } else {
                literal = String.valueOf(c);
                i++;
            }
            int count = 1;
            if (i < p.length() && p.charAt(i) == '{') {
                int end = p.indexOf('}', i);
                String n = end < 0 ? "" : p.substring(i + 1, end);
                if (!n.matches("[0-9]{1,2}")) {
                    return Result.refused("'{" + n + "}'");
                }
                count = Integer.parseInt(n);
                i = end + 1;
            }
            if (i < p.length() && "*+?".indexOf(p.charAt(i)) >= 0) {
                return Result.refused("'" + p.charAt(i) + "'");
            }
            parts.add(literal != null ? new Part(literal.repeat(count), null, 0, inSite)
                    : new Part(null, classBody, count, inSite));
        }
        if (inSite) {
            return Result.refused("'(?<site>' without its ')'");
        }
        return new Result(Optional.of(new PseudonymMask(parts)), "");
    }

    /** The mask with the site's code in its slot; blanks everywhere when the code is absent or fits no slot. */
    public String fill(String siteCode) {
        int slot = siteSlot(siteCode);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            if (part.literal() != null) {
                out.append(part.literal());
            } else {
                out.append(i == slot ? siteCode : "_".repeat(part.count()));
            }
        }
        return out.toString();
    }

    /** Whether the site's code has a place in this mask. */
    public boolean fits(String siteCode) {
        return siteSlot(siteCode) >= 0;
    }

    private int siteSlot(String code) {
        if (code == null || code.isEmpty()) {
            return -1;
        }
        boolean named = parts.stream().anyMatch(Part::site);
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            if ((!named || part.site()) && part.accepts(code)) {
                return i;
            }
        }
        return -1;
    }

    /** A mask, or the construct that prevents one. */
    public record Result(Optional<PseudonymMask> mask, String refusedConstruct) {
        static Result refused(String construct) {
            return new Result(Optional.empty(), construct);
        }
    }
}
