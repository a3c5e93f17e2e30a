package nl.ppsim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every public and protected type, constructor, method and constant has a Javadoc comment saying
 * what it is and why: the main sources compiled once more with doclint's missing-comment check,
 * which must report no "no comment". (Doclint's syntax, HTML and reference checks run in every
 * build; @param and @return are not required where the sentence says it.)
 */
class JavadocTest {
    @Test
    void everyPublicTypeAndMemberHasAComment(@TempDir Path out) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<Path> sources;
        try (Stream<Path> s = Files.walk(Path.of("src/main/java"))) {
            sources = s.filter(p -> p.toString().endsWith(".java")).toList();
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
            List<String> options = List.of(
                    "-Xdoclint:missing/protected",
                    "-Xmaxwarns",
                    "10000",
                    "-proc:none",
                    "-d",
                    out.toString(),
                    "-cp",
                    System.getProperty("java.class.path"));
            javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources))
                    .call();
        }
        List<String> missing = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getMessage(null).contains("no comment")) {
                missing.add(d.getSource().getName() + ":" + d.getLineNumber());
            }
        }
        assertEquals(List.of(), missing, "public types and members without a Javadoc comment");
    }
}
