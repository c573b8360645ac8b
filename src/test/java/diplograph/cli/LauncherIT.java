package diplograph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./diplograph} launcher prints nothing but the command's own output on stdout, even
 * when it builds first, and shows the build's log when the build fails. It runs against a copy of
 * the project's layout with a fake {@code mvn} first on the PATH that prints what Maven prints
 * (ANSI colour codes, [INFO] lines) and puts the real jar (built by {@code package}) in place.
 */
class LauncherIT {

    private static final String ESC = "\u001b";

    @TempDir
    Path project;

    Path bin;

    @BeforeEach
    void layOutAProject() throws IOException {
        Path launcher = project.resolve("diplograph");
        Files.copy(Path.of("diplograph"), launcher);
        executable(launcher);
        Files.writeString(project.resolve("pom.xml"), "<project/>");
        Path source = Files.createDirectories(project.resolve("src/main/java")).resolve("Source.java");
        Files.writeString(source, "class Source {}");
        // Sources an hour old: a jar made now is newer, whatever the file system's clock resolution.
        FileTime hourAgo = FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS));
        Files.setLastModifiedTime(source, hourAgo);
        Files.setLastModifiedTime(project.resolve("pom.xml"), hourAgo);
        bin = Files.createDirectories(project.resolve("bin"));
    }

    @Test
    void aBuildOnFirstRunLeavesStdoutToTheCommand() throws Exception {
        Path realJar = Path.of("target/diplograph.jar").toAbsolutePath();
        assertThat(realJar).as("built by package before the integration tests").exists();
        fakeMvn("""
                echo "$@" > mvn-args.txt
                printf '\\033[0m\\033[0m[INFO] Scanning for projects...\\n'
                printf '\\033[1;34m[INFO]\\033[m Building diplograph 0.1.0\\n'
                printf '\\033[1;33m[WARNING]\\033[m overlapping resources\\n' >&2
                mkdir -p target && cp '%s' target/diplograph.jar
                """.formatted(realJar));

        Run direct = run(List.of("java", "-jar", realJar.toString(), "--version"));
        assertThat(direct.exit()).isZero();
        assertThat(direct.out()).startsWith("diplograph ");

        Run first = run(List.of(project.resolve("diplograph").toString(), "--version"));
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).doesNotContain(ESC).doesNotContain("[INFO]").isEqualTo(direct.out());
        assertThat(first.err().lines().toList()).singleElement().asString()
                .startsWith("diplograph: building ").doesNotContain(ESC);
        assertThat(Files.readString(project.resolve("mvn-args.txt"))).contains("-q", "-Dstyle.color=never", "package");
        assertThat(project.resolve("target/build.log")).content().contains("[INFO] Scanning for projects");

        // Built: the next run starts the jar at once, without Maven and without a word on stderr.
        Files.delete(project.resolve("mvn-args.txt"));
        Run second = run(List.of(project.resolve("diplograph").toString(), "--version"));
        assertThat(second.exit()).isZero();
        assertThat(second.out()).isEqualTo(direct.out());
        assertThat(second.err()).isEmpty();
        assertThat(project.resolve("mvn-args.txt")).doesNotExist();
    }

    @Test
    void aFailedBuildExitsNonZeroAndShowsItsLogOnStderr() throws Exception {
        fakeMvn("""
                printf '\\033[1;31m[ERROR]\\033[m COMPILATION ERROR: Source.java:[1,1] boom\\n'
                echo '[ERROR] BUILD FAILURE' >&2
                exit 1
                """);
        Run r = run(List.of(project.resolve("diplograph").toString(), "--version"));
        assertThat(r.exit()).isNotZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("diplograph: building ", "COMPILATION ERROR: Source.java:[1,1] boom",
                "[ERROR] BUILD FAILURE", "the build failed");
        assertThat(project.resolve("target/diplograph.jar")).doesNotExist();
    }

    private void fakeMvn(String body) throws IOException {
        Path mvn = bin.resolve("mvn");
        Files.writeString(mvn, "#!/bin/sh\n" + body);
        executable(mvn);
    }

    private static void executable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private record Run(int exit, String out, String err) {
    }

    private Run run(List<String> command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(project.toFile());
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.environment().remove("DIPLOGRAPH_JAVA_OPTS");
        Process p = pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        String out = read(p.getInputStream());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the launcher finishes").isTrue();
        return new Run(p.exitValue(), out, err.get(10, TimeUnit.SECONDS));
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
