package id.go.bekasikab.bpu.platform;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The one clock of the service, in the business zone (Asia/Jakarta). Tests replace it to move time. */
public class BusinessClock {

    @Produces
    @Singleton
    Clock clock(@ConfigProperty(name = "bpu.zone") ZoneId zone) {
        return Clock.system(zone);
    }
}
