package org.argumap.io.argdown;

import java.util.ArrayList;
import java.util.List;
import org.argumap.io.argdown.WriterNodes.ArgumentNode;
import org.argumap.io.argdown.WriterNodes.StatementNode;
import org.argumap.model.ArgumentMap;

/**
 * Writes a map as Argdown in three steps: {@link ArgdownView} sees the map in Argdown's terms,
 * {@link ArgdownLayout} decides where everything is written, {@link ArgdownPrinter} prints it.
 * Titles for untitled statements are made only once the layout shows they are referred to.
 */
final class ArgdownWriter {
    private final ArgumentMap map;

    ArgdownWriter(ArgumentMap map) {
        this.map = map;
    }

    String write() {
        ArgdownView view = new ArgdownView(map);
        List<ArgdownLayout.Block> blocks = new ArgdownLayout(view).layOut();
        List<StatementNode> statements = new ArrayList<>(view.statements.values());
        for (ArgumentNode argument : view.arguments) {
            if (argument.implicitConclusion != null) {
                statements.add(argument.implicitConclusion);
            }
        }
        Titles.assignStatementTitles(statements);
        return new ArgdownPrinter().print(map.info(), view.strict, blocks);
    }
}
