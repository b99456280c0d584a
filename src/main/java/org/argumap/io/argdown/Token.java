package org.argumap.io.argdown;

/**
 * One token of an Argdown line, as Argdown's own lexer cuts it.
 *
 * @param kind   what it is
 * @param offset where it starts in the {@link SourceText}
 * @param image  the characters as written
 * @param value  what it means: a title, a tag without {@code #}, an escaped character, the inside of {data}
 */
record Token(Kind kind, int offset, String image, String value) {

    enum Kind {
        /** Words, spaces and characters without a meaning of their own. */
        TEXT,
        /** {@code .name.} or {@code :name:}: a shortcode, kept as written. */
        SPECIAL,
        /** A backslash and the character it makes plain. */
        ESCAPED,
        /** {@code {key: value}}: YAML data of the element before it. */
        DATA,
        /** {@code [text](url)}. */
        LINK,
        /** {@code #tag} or {@code #(tag with spaces)}. */
        TAG,
        /** {@code [Title]:}. */
        STATEMENT_DEFINITION,
        /** {@code [Title]}. */
        STATEMENT_REFERENCE,
        /** {@code @[Title]}. */
        STATEMENT_MENTION,
        /** {@code <Title>:}. */
        ARGUMENT_DEFINITION,
        /** {@code <Title>}. */
        ARGUMENT_REFERENCE,
        /** {@code @<Title>}. */
        ARGUMENT_MENTION,
        /** A comma between inference rules. */
        DELIMITER
    }

    /**
     * Text of nothing but spaces, tabs and line breaks: white space as {@link ElementReader#normalize}
     * drops it. Other space characters (U+2000 and the like) are text there, so they are text here too;
     * Java's {@code isBlank} would count them as white space and make a tag after them part of the text.
     */
    boolean isBlankText() {
        return kind == Kind.TEXT && ElementReader.normalize(image).isEmpty();
    }

    /** What the token adds to a text: escapes resolved, everything else as written. */
    String textValue() {
        return kind == Kind.ESCAPED ? value : image;
    }
}
