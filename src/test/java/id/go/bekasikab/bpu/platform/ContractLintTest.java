package id.go.bekasikab.bpu.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The contract passes Spectral's OpenAPI rules and the OWASP API Security ruleset with no error (issue #10): string
 * lengths, array sizes, integer ranges and formats, rate-limit headers, servers, JWT practice. Spectral comes from
 * npm into target/ on first use (the machine has Node.js and npm).
 */
class ContractLintTest {

    private static final Path TOOLS = Path.of("target", "spectral");
    private static final Path SPECTRAL = TOOLS.resolve("node_modules/.bin/spectral");

    @Test
    void theContractHasNoLintErrors() throws IOException, InterruptedException {
        if (!Files.isExecutable(SPECTRAL)) {
            Files.createDirectories(TOOLS);
            assertEquals(0, run(List.of("npm", "install", "--prefix", TOOLS.toString(), "--no-audit", "--no-fund",
                    "--loglevel=error", "@stoplight/spectral-cli@6.16.3", "@stoplight/spectral-owasp-ruleset@2.0.1"),
                    TOOLS.resolve("npm.log")), "npm install failed: see " + TOOLS.resolve("npm.log"));
        }
        // the ruleset resolves its npm rulesets from where it lies: beside the tools
        Path ruleset = Files.copy(Path.of("openapi/.spectral.yaml"), TOOLS.resolve(".spectral.yaml"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path report = TOOLS.resolve("lint.txt");
        int exit = run(List.of(SPECTRAL.toString(), "lint", "openapi/bpu-api.yaml", "--ruleset", ruleset.toString(),
                "--fail-severity", "error", "--format", "text"), report);
        String text = Files.readString(report, StandardCharsets.UTF_8);
        assertTrue(exit == 0, "Spectral found errors:\n" + text);
    }

    private static int run(List<String> command, Path output) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }
}
