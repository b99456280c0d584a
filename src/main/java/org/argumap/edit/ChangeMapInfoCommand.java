package org.argumap.edit;

import java.util.Objects;
import org.argumap.model.ArgumentMap;
import org.argumap.model.MapInfo;

/** Replaces the map's title, description, source and authors (Edit › Map Properties…). */
public final class ChangeMapInfoCommand implements MapCommand {
    public static final String DESCRIPTION = "Change Map Properties";

    private final ArgumentMap map;
    private final MapInfo newInfo;
    private MapInfo oldInfo;

    public ChangeMapInfoCommand(ArgumentMap map, MapInfo newInfo) {
        this.map = Objects.requireNonNull(map);
        this.newInfo = Objects.requireNonNull(newInfo);
    }

    @Override
    public void execute() {
        if (oldInfo == null) {
            oldInfo = map.info();
        }
        map.setInfo(newInfo);
    }

    @Override
    public void undo() {
        map.setInfo(oldInfo);
    }

    @Override
    public String description() {
        return DESCRIPTION;
    }
}
