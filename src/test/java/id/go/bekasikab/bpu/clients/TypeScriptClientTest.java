package id.go.bekasikab.bpu.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue #20, the TypeScript side and Redocly: types generated from openapi/ with openapi-typescript, a typed mobile
 * flow (src/test/typescript) through openapi-fetch checked by tsc --strict, and Redocly's recommended rules at 0
 * errors. The tools come from npm into target/ on first use, pinned.
 */
class TypeScriptClientTest {

    private static final Path TOOLS = Path.of("target", "client-tools");
    private static final Path BIN = TOOLS.resolve("node_modules/.bin");

    @BeforeAll
    static void tools() throws IOException, InterruptedException {
        if (!Files.isExecutable(BIN.resolve("tsc"))) {
            Files.createDirectories(TOOLS);
            assertEquals(0, run(List.of("npm", "install", "--prefix", TOOLS.toString(), "--no-audit", "--no-fund",
                    "--loglevel=error", "@redocly/cli@2.77.0", "openapi-typescript@7.13.0", "openapi-fetch@0.17.0",
                    "typescript@5.9.3"), TOOLS.resolve("npm.log")), "npm install failed: see " + TOOLS.resolve("npm.log"));
        }
    }

    @Test
    void aTypedMobileFlowCompilesStrictlyAgainstTheGeneratedTypes() throws IOException, InterruptedException {
        Path types = TOOLS.resolve("bpu-api.d.ts");
        assertEquals(0, run(List.of(BIN.resolve("openapi-typescript").toString(), "openapi/bpu-api.yaml", "-o",
                types.toString()), TOOLS.resolve("openapi-typescript.log")), read("openapi-typescript.log"));
        Files.copy(Path.of("src/test/typescript/mobile-flow.ts"), TOOLS.resolve("mobile-flow.ts"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(TOOLS.resolve("tsconfig.json"), """
                {"compilerOptions": {"strict": true, "noEmit": true, "target": "ES2022", "module": "ESNext",
                  "moduleResolution": "Bundler", "lib": ["ES2022", "DOM"], "skipLibCheck": true},
                 "files": ["mobile-flow.ts"]}
                """);
        assertEquals(0, run(List.of(BIN.resolve("tsc").toString(), "-p", TOOLS.resolve("tsconfig.json").toString()),
                TOOLS.resolve("tsc.log")), "tsc --strict: " + read("tsc.log"));
    }

    @Test
    void redoclyFindsNoErrorInTheContract() throws IOException, InterruptedException {
        int exit = run(List.of(BIN.resolve("redocly").toString(), "lint", "openapi/bpu-api.yaml", "--format=stylish"),
                TOOLS.resolve("redocly.log"));
        assertEquals(0, exit, "Redocly: " + read("redocly.log"));
    }

    private static String read(String log) throws IOException {
        return Files.readString(TOOLS.resolve(log), StandardCharsets.UTF_8);
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
