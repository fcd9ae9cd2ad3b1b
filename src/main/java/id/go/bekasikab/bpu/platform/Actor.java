package id.go.bekasikab.bpu.platform;

import jakarta.enterprise.context.RequestScoped;

/** Who is calling, for status histories and audit. Every caller is anonymous until authentication (issue #6). */
@RequestScoped
public class Actor {

    public String name() {
        return "anonymous";
    }
}
