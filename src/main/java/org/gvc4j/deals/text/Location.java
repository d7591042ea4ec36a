package org.gvc4j.deals.text;

/**
 * Where a sentence is in its document: the chapter and article of a ToTA file (number, name and identifier as the
 * file gives them, each possibly empty), or the page (PDF, 0 for other formats) and line (plain text and PDF, 1-based;
 * 0 for ToTA files) with the nearest heading above it ({@code "Article 5 Settlement of Disputes"}), if any.
 */
public record Location(String chapter, String chapterId, String article, String articleId, int page, int line,
                       String heading) {

    /** A place in a ToTA file. */
    public static Location tota(String chapter, String chapterId, String article, String articleId) {
        return new Location(chapter, chapterId, article, articleId, 0, 0, "");
    }

    /** A line of a plain-text file (page 0) or of a page of a PDF. */
    public static Location line(int page, int line, String heading) {
        return new Location("", "", "", "", page, line, heading);
    }

    /** The chapter, article and heading titles: where a dispute-settlement section announces itself. */
    public String titles() {
        return String.join(" ", chapter, article, heading).strip();
    }

    /**
     * For people: {@code chapter 411 "CHAPTER 13 Government Procurement", article 3638 "ARTICLE 13.4 Working Group"},
     * {@code page 3, line 12 (Article 5 Settlement of Disputes)} or {@code line 40}.
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        if (!chapterId.isEmpty() || !chapter.isEmpty()) {
            b.append("chapter");
            if (!chapterId.isEmpty()) {
                b.append(' ').append(chapterId);
            }
            if (!chapter.isEmpty()) {
                b.append(" \"").append(chapter).append('"');
            }
        }
        if (!articleId.isEmpty() || !article.isEmpty()) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append("article");
            if (!articleId.isEmpty()) {
                b.append(' ').append(articleId);
            }
            if (!article.isEmpty()) {
                b.append(" \"").append(article).append('"');
            }
        }
        if (page > 0) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append("page ").append(page);
        }
        if (line > 0) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append("line ").append(line);
        }
        if (!heading.isEmpty()) {
            b.append(" (").append(heading).append(')');
        }
        return b.toString();
    }
}
