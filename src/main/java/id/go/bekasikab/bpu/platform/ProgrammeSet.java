package id.go.bekasikab.bpu.platform;

import id.go.bekasikab.bpu.rules.Programme;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.stream.Collectors;

/**
 * A set of programmes as stored: the codes in programme order, comma-separated ({@code JKK,JKM,JHT}). Entities map
 * their programme sets with it, and native read models parse the same column with {@link #parse}.
 */
@Converter
public class ProgrammeSet implements AttributeConverter<EnumSet<Programme>, String> {

    public static EnumSet<Programme> parse(String codes) {
        return codes == null || codes.isEmpty() ? EnumSet.noneOf(Programme.class) : Arrays.stream(codes.split(","))
                .map(Programme::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Programme.class)));
    }

    public static String format(Collection<Programme> programmes) {
        return programmes.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public String convertToDatabaseColumn(EnumSet<Programme> programmes) {
        return programmes == null ? null : format(programmes);
    }

    @Override
    public EnumSet<Programme> convertToEntityAttribute(String codes) {
        return codes == null ? null : parse(codes);
    }
}
