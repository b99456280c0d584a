package org.argumap.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Side;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The panel under the map, as in an IDE: tabs (Problems, Statistics) that each View menu item opens
 * and closes. Closing a tab unchecks its item; the dock leaves the window with its last tab, and
 * keeps the height the user gave it for the next time.
 */
final class BottomDock {
    private final TabPane tabs = new TabPane();
    private final SidePanelSlot slot;
    /** Every tab the dock can hold, in the order they sit when several are open. */
    private final List<Tab> order = new ArrayList<>();

    BottomDock(SplitPane vertical, double initialHeight, Runnable focusMap) {
        tabs.setId("bottom-dock");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        slot = new SidePanelSlot(vertical, tabs, Side.BOTTOM, initialHeight, false, this::focusSelected, focusMap);
    }

    /**
     * @param shown  the View menu item's check mark
     * @param active set while the tab is open and in front, so that a panel works only while seen
     * @param focus  moves the focus into the tab's panel
     */
    void add(Tab tab, BooleanProperty shown, BooleanProperty active, Runnable focus) {
        Objects.requireNonNull(focus);
        order.add(tab);
        tab.setUserData(focus);
        tab.setOnClosed(e -> shown.set(false));
        active.bind(Bindings.createBooleanBinding(() -> shown.get() && tab.isSelected() && slot.isShown(),
                shown, tab.selectedProperty(), slot.shownProperty()));
        shown.addListener((o, was, now) -> {
            if (now) {
                open(tab);
            } else {
                close(tab);
            }
        });
    }

    /** Whether the dock is in the window. */
    SidePanelSlot slot() {
        return slot;
    }

    private void open(Tab tab) {
        if (!tabs.getTabs().contains(tab)) {
            int at = 0;
            for (Tab t : tabs.getTabs()) {
                if (order.indexOf(t) < order.indexOf(tab)) {
                    at++;
                }
            }
            tabs.getTabs().add(at, tab);
        }
        tabs.getSelectionModel().select(tab);
        if (slot.isShown()) {
            focusSelected();
        } else {
            slot.setShown(true);
        }
    }

    private void close(Tab tab) {
        tabs.getTabs().remove(tab);
        if (tabs.getTabs().isEmpty()) {
            slot.setShown(false);
        }
    }

    private void focusSelected() {
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        if (selected != null && selected.getUserData() instanceof Runnable focus) {
            focus.run();
        }
    }
}
