package id.go.bekasikab.bpu.reference;

import id.go.bekasikab.bpu.platform.FieldError;
import id.go.bekasikab.bpu.platform.ProblemException;
import id.go.bekasikab.bpu.platform.Roles;
import id.go.bekasikab.bpu.reference.Regions.Region;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.regex.Pattern;

/** The area codes, for callers that build pickers: a level at a time under a parent, or one area. */
@Path("/v1/regions")
@Produces(MediaType.APPLICATION_JSON)
public class RegionResource {

    private static final Pattern CODE = Pattern.compile("^[0-9]{2}(\\.[0-9]{2}(\\.[0-9]{2}(\\.[0-9]{4})?)?)?$");

    private final Regions regions;

    RegionResource(Regions regions) {
        this.regions = regions;
    }

    public record RegionView(String code, String parentCode, Regions.Level level, String name, boolean current,
                             String replacedBy) {
        static RegionView of(Region r) {
            return new RegionView(r.code(), r.parentCode(), r.level(), r.name(), r.current(), r.replacedBy());
        }
    }

    public record RegionList(String parent, List<RegionView> items) {
    }

    /** The provinces, or the areas directly under {@code parent}, retired ones included (marked). */
    @GET
    @RolesAllowed({Roles.INTEGRATION, Roles.MOBILE, Roles.OFFICER, Roles.AUDITOR, Roles.ADMIN})
    public RegionList list(@QueryParam("parent") String parent) {
        if (parent != null) {
            check("parent", parent);
            regions.require(parent);
        }
        return new RegionList(parent, regions.children(parent).stream().map(RegionView::of).toList());
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Roles.INTEGRATION, Roles.MOBILE, Roles.OFFICER, Roles.AUDITOR, Roles.ADMIN})
    public RegionView get(@PathParam("code") String code) {
        check("code", code);
        return RegionView.of(regions.require(code));
    }

    private static void check(String name, String code) {
        if (code.length() > 13 || !CODE.matcher(code).matches()) {
            throw ProblemException.validation(List.of(new FieldError(name, "INVALID_FORMAT",
                    "a Kemendagri code: 32, 32.16, 32.16.20 or 32.16.20.2001")));
        }
    }
}
