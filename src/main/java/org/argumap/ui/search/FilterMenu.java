package org.argumap.ui.search;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import org.argumap.analysis.search.BoxKind;
import org.argumap.analysis.search.MapQuery;
import org.argumap.analysis.search.MapSearch;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * The search bar's filter button: check items for the kinds of box, and submenus with the tags
 * and authors the open map has, each with how many statements carry it. The lists are made when
 * the menu opens, so they follow the map as it is edited. The button says how many filters are on.
 */
final class FilterMenu extends MenuButton {
    static final Map<BoxKind, String> KIND_NAMES = kindNames();

    private final SearchSession session;

    FilterMenu(SearchSession session) {
        this.session = session;
        setId("search-filter");
        setGraphic(new FontIcon(MaterialDesignF.FILTER_OUTLINE));
        setTooltip(new Tooltip("Show only some kinds of box, tags or authors"));
        setOnShowing(e -> rebuild());
        rebuild();
        session.queryProperty().addListener((o, old, now) -> showCount(now));
        showCount(session.queryProperty().get());
    }

    private void rebuild() {
        MapQuery query = session.queryProperty().get();
        getItems().clear();
        for (Map.Entry<BoxKind, String> kind : KIND_NAMES.entrySet()) {
            getItems().add(check(kind.getValue(), query.kinds().contains(kind.getKey()),
                    on -> query().withKinds(toggled(query().kinds(), kind.getKey(), on))));
        }
        MapSearch index = session.index();
        getItems().addAll(new SeparatorMenuItem(),
                facetMenu("Tags", index.tags(), query.tags(), (tag, on) -> query().withTags(toggled(query().tags(), tag, on))),
                facetMenu("Authors", index.authors(), query.authors(),
                        (author, on) -> query().withAuthors(toggled(query().authors(), author, on))),
                new SeparatorMenuItem());
        MenuItem clear = new MenuItem("Clear Filters");
        clear.setDisable(!query.hasFilters());
        clear.setOnAction(e -> session.filter(query().withoutFilters()));
        getItems().add(clear);
    }

    private interface Toggle {
        MapQuery apply(String name, boolean on);
    }

    private Menu facetMenu(String title, List<MapSearch.Facet> facets, Set<String> chosen, Toggle toggle) {
        Menu menu = new Menu(title);
        for (MapSearch.Facet facet : facets) {
            menu.getItems().add(check(facet.name() + " (" + facet.count() + ")", chosen.contains(facet.name()),
                    on -> toggle.apply(facet.name(), on)));
        }
        menu.setDisable(facets.isEmpty());
        return menu;
    }

    private CheckMenuItem check(String text, boolean selected, Function<Boolean, MapQuery> change) {
        CheckMenuItem item = new CheckMenuItem(text);
        item.setSelected(selected);
        item.setOnAction(e -> session.filter(change.apply(item.isSelected())));
        return item;
    }

    private MapQuery query() {
        return session.queryProperty().get();
    }

    private static <T> Set<T> toggled(Set<T> set, T value, boolean on) {
        Set<T> copy = new HashSet<>(set);
        if (on) {
            copy.add(value);
        } else {
            copy.remove(value);
        }
        return copy;
    }

    private void showCount(MapQuery query) {
        int filters = query.filterCount();
        setText(filters == 0 ? "Filter" : "Filter (" + filters + ")");
    }

    private static Map<BoxKind, String> kindNames() {
        Map<BoxKind, String> names = new EnumMap<>(BoxKind.class);
        names.put(BoxKind.MAIN_CLAIM, "Main claims");
        names.put(BoxKind.REASON, "Reasons");
        names.put(BoxKind.OBJECTION, "Objections");
        names.put(BoxKind.REBUTTAL, "Rebuttals");
        names.put(BoxKind.UNDERCUT, "Undercuts");
        names.put(BoxKind.REPHRASING, "Rephrasings");
        names.put(BoxKind.REPLY, "Replies");
        names.put(BoxKind.OFF_TOPIC, "Off-topic");
        names.put(BoxKind.EVIDENCE, "Evidence");
        return names;
    }
}
