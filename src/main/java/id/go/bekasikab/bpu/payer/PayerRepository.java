package id.go.bekasikab.bpu.payer;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class PayerRepository implements PanacheRepositoryBase<Payer, UUID> {

    List<Payer> page(UUID after, int limit) {
        return (after == null ? find("order by id") : find("id > ?1 order by id", after)).page(0, limit).list();
    }
}
