package id.go.bekasikab.bpu.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The README's bash blocks as one script a test can run: pointed at the test instance's ports, each curl recorded
 * (request, headers, output), and each "# -> …" line turned into a recorded expectation on the curl before it.
 */
final class ReadmeScript {

    private static final Pattern BLOCK = Pattern.compile("(?ms)^```bash\\n(.*?)^```$");

    /** Defines the recording curl and expect_last, ahead of the README's own lines. */
    private static final String PRELUDE = """
            set -euo pipefail
            shopt -s expand_aliases
            LOG="$1"
            echo 0 > "$LOG/n"
            curl() {
              local n method=GET url="" previous=""
              n=$(( $(cat "$LOG/n") + 1 ))
              echo "$n" > "$LOG/n"
              for argument in "$@"; do
                [ "$previous" = -X ] && method=$argument
                case "$argument" in
                  -d|--data|--data-binary) [ "$method" = GET ] && method=POST ;;
                  *localhost:*) url=$argument ;;
                esac
                previous=$argument
              done
              printf '%s\\t%s\\t%s\\n' "$n" "$method" "$url" >> "$LOG/requests"
              command curl -D "$LOG/$n.headers" "$@" | tee "$LOG/$n.out"
            }
            expect_last() {
              local text variable
              text=$(cat)
              for variable in $(grep -o '\\$[A-Z_][A-Z_0-9]*' <<< "$text" | tr -d '$' | sort -u); do
                text=${text//\\$$variable/${!variable}}
              done
              printf '%s\\t%s\\n' "$(cat "$LOG/n")" "${text//$'\\n'/ }" >> "$LOG/expectations"
            }
            """;

    private ReadmeScript() {
    }

    static String of(String readme, int apiPort, int managementPort) {
        StringBuilder script = new StringBuilder(PRELUDE);
        Matcher block = BLOCK.matcher(readme);
        while (block.find()) {
            List<String> lines = List.of(block.group(1).split("\n", -1));
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.startsWith("# -> ")) {
                    List<String> expectation = new ArrayList<>(List.of(line.substring(5)));
                    while (i + 1 < lines.size() && lines.get(i + 1).startsWith("#    ")) {
                        expectation.add(lines.get(++i).substring(5));
                    }
                    script.append("expect_last <<'EXPECT'\n").append(String.join(" ", expectation)).append("\nEXPECT\n");
                } else {
                    script.append(line.replace("localhost:8080", "localhost:" + apiPort)
                            .replace("localhost:9000", "localhost:" + managementPort)).append('\n');
                }
            }
        }
        return script.toString();
    }
}
