package id.go.bekasikab.bpu.reference;

import id.go.bekasikab.bpu.platform.ProblemException;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Kemendagri area codes (table {@code region}, loaded by migration), held in memory: 91,599 rows, a few MB. They
 * change only with a release (a new migration), so a replica reads them once.
 */
@ApplicationScoped
public class Regions {

    public enum Level {
        PROVINCE, REGENCY, DISTRICT, VILLAGE
    }

    /** One area; {@code retiredIn} names the release of the codes that retired it (null while current). */
    public record Region(String code, String parentCode, Level level, String name, String source, String retiredIn,
                         String replacedBy) {

        public boolean current() {
            return retiredIn == null;
        }
    }

    private record Loaded(Map<String, Region> byCode, Map<String, List<Region>> children) {
    }

    private final AgroalDataSource dataSource;
    private volatile Loaded loaded;

    Regions(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<Region> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(regions().byCode().get(code));
    }

    /** Whether the code is a current area of this level. */
    public boolean isCurrent(String code, Level level) {
        return find(code).filter(r -> r.level() == level && r.current()).isPresent();
    }

    /** The areas directly under a code, by code; the provinces when {@code parent} is null. */
    public List<Region> children(String parent) {
        return regions().children().getOrDefault(parent == null ? "" : parent, List.of());
    }

    /** The current areas of a level inside a code (its districts, or its villages), by code. */
    public List<Region> within(String code, Level level) {
        List<Region> found = new ArrayList<>();
        collect(code, level, found);
        return found;
    }

    private void collect(String code, Level level, List<Region> found) {
        for (Region child : children(code)) {
            if (child.level() == level) {
                if (child.current()) {
                    found.add(child);
                }
            } else if (child.level().ordinal() < level.ordinal()) {
                collect(child.code(), level, found);
            }
        }
    }

    /** The names of these codes (the ones that exist). */
    public Map<String, String> names(Collection<String> codes) {
        Map<String, String> names = new HashMap<>();
        codes.forEach(code -> find(code).ifPresent(r -> names.put(code, r.name())));
        return names;
    }

    /** Whether {@code code} is {@code region} or lies inside it (32.16.20.2001 lies inside 32.16). */
    public static boolean inside(String code, String region) {
        return code != null && region != null && (code.equals(region) || code.startsWith(region + "."));
    }

    private Loaded regions() {
        Loaded current = loaded;
        if (current == null) {
            synchronized (this) {
                current = loaded;
                if (current == null) {
                    // outside the caller's transaction (one transaction, one datasource: see ReferenceDataService)
                    current = io.quarkus.narayana.jta.QuarkusTransaction.suspendingExisting().call(this::read);
                    loaded = current;
                }
            }
        }
        return current;
    }

    private Loaded read() {
        Map<String, Region> byCode = new HashMap<>(131_072);
        Map<String, List<Region>> children = new HashMap<>(16_384);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select code, parent_code, level, name, source, retired_in, replaced_by"
                     + " from region order by code")) {
            while (r.next()) {
                Region region = new Region(r.getString(1), r.getString(2), Level.valueOf(r.getString(3)),
                        r.getString(4), r.getString(5), r.getString(6), r.getString(7));
                byCode.put(region.code(), region);
                children.computeIfAbsent(region.parentCode() == null ? "" : region.parentCode(),
                        k -> new ArrayList<>()).add(region);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the region codes", e);
        }
        return new Loaded(Map.copyOf(byCode), Map.copyOf(children));
    }

    /** A 404 for a code that is not an area. */
    public Region require(String code) {
        return find(code).orElseThrow(() -> ProblemException.notFound("REGION_NOT_FOUND", "the region"));
    }
}
