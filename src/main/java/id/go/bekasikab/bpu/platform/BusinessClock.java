package id.go.bekasikab.bpu.platform;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;

/** The one clock of the service, in the business zone (Asia/Jakarta). Tests replace it to move time. */
public class BusinessClock {

    @Produces
    @Singleton
    Clock clock(Settings settings) {
        ZoneId zone = settings.zone();
        return Clock.system(zone);
    }
}
