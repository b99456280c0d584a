package org.argumap.io.argdown;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.argumap.io.MapReadException;
import org.argumap.io.ReadResult;
import org.argumap.io.argdown.Syntax.Block;
import org.argumap.model.ArgumentMap;

/**
 * Reads an Argdown document in four steps, each its own class: the lexer cuts lines and tokens,
 * the parser builds the syntax tree, the interpreter understands it as Argdown does, and the
 * builder makes the map. Errors carry the file, line and column; what the map cannot hold is a
 * warning that starts with its line.
 */
final class ArgdownReader {
    private ArgdownReader() {
    }

    static ReadResult read(byte[] content, Path file) throws MapReadException {
        List<String> warnings = new ArrayList<>();
        Understood understood = understand(SourceText.decode(content, file, warnings), warnings);
        if (understood.map().isEmpty()) {
            warnings.add("line 1: the document holds no statements or arguments");
        }
        return new ReadResult(understood.map(), warnings);
    }

    /** Argdown's own reading of a document and the map made from it. */
    record Understood(ArgdownModel model, ArgumentMap map, FrontMatter frontMatter) {
    }

    /** What Argdown makes of the text, and the map built from it. */
    static Understood understand(SourceText source, List<String> warnings) throws MapReadException {
        ArgdownLexer lexer = new ArgdownLexer(source, warnings);
        List<SourceLine> lines = lexer.lex();
        FrontMatter frontMatter = FrontMatter.read(lexer.frontMatter(), source, warnings);
        List<Block> blocks = new ArgdownParser(source, lines, warnings).parse();
        ArgdownModel model = new ArgdownInterpreter(source, frontMatter, warnings).interpret(blocks);
        return new Understood(model, new MapBuilder(model, source, warnings).build(frontMatter), frontMatter);
    }
}
