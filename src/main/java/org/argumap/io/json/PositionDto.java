package org.argumap.io.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** A box's saved place. Whole numbers are written without ".0" so hand-edited files stay tidy. */
@JsonPropertyOrder({"x", "y"})
record PositionDto(
        @JsonSerialize(using = PositionDto.CoordinateSerializer.class) Double x,
        @JsonSerialize(using = PositionDto.CoordinateSerializer.class) Double y) {

    static final class CoordinateSerializer extends StdSerializer<Double> {
        private static final long serialVersionUID = 1L;

        CoordinateSerializer() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            double v = value;
            if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                gen.writeNumber((long) v);
            } else {
                gen.writeNumber(v);
            }
        }
    }
}
