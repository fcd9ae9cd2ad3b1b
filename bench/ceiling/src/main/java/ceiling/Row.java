package ceiling;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Fifteen columns, the width of a participant row. */
@Entity
@Table(name = "ceiling_row")
public class Row extends PanacheEntityBase {
    @Id
    public UUID id;
    public String membershipNumber;
    public String fullName;
    public LocalDate birthDate;
    public String sex;
    public String phone;
    public String addressLine;
    public String regionCode;
    public String occupation;
    public String sector;
    public long declaredIncome;
    public String programmes;
    public String status;
    public Instant createdAt;
    public LocalDate paidThrough;
}
