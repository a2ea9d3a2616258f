package dev.dfkit.build.cli;

import dev.dfkit.build.engine.BuildEngine;
import dev.dfkit.build.engine.ImageNames;
import dev.dfkit.build.engine.StoreImages;
import dev.dfkit.cli.ExitCode;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dfbuild images}: the tagged images of the local store. */
@Command(
    name = "images",
    mixinStandardHelpOptions = true,
    description = "List the images in the local store.")
final class ImagesCommand implements Callable<Integer> {
  @ParentCommand DfbuildCommand parent;
  @Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--digests", description = "Show manifest digests.")
  boolean digests;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (BuildEngine engine = Engines.open(parent.root, parent.insecureRegistries)) {
      String format =
          digests ? "%-40s %-10s %-72s %-12s %-14s %s%n" : "%-40s %-10s %-12s %-14s %s%n";
      if (digests) {
        out.printf(format, "REPOSITORY", "TAG", "DIGEST", "IMAGE ID", "CREATED", "SIZE");
      } else {
        out.printf(format, "REPOSITORY", "TAG", "IMAGE ID", "CREATED", "SIZE");
      }
      for (StoreImages.StoredImage image : engine.images()) {
        String familiar = ImageNames.familiar(image.name());
        int colon = familiar.lastIndexOf(':');
        String repo = colon > familiar.lastIndexOf('/') ? familiar.substring(0, colon) : familiar;
        String tag = colon > familiar.lastIndexOf('/') ? familiar.substring(colon + 1) : "<none>";
        String id =
            image.configDigest() == null
                ? "<missing>"
                : image.configDigest().hex().substring(0, 12);
        String created = image.config() == null ? "" : ago(image.config().created());
        String size = image.manifest() == null ? "" : size(image.size());
        if (digests) {
          out.printf(format, repo, tag, image.descriptor().digest(), id, created, size);
        } else {
          out.printf(format, repo, tag, id, created, size);
        }
      }
      out.flush();
      return ExitCode.OK;
    } catch (IOException e) {
      spec.commandLine().getErr().println("dfbuild images: " + DfbuildCommand.reason(e));
      return ExitCode.USAGE;
    }
  }

  static String ago(String created) {
    if (created == null) {
      return "";
    }
    try {
      Duration d = Duration.between(Instant.parse(created), Instant.now());
      if (d.toDays() > 0) {
        return d.toDays() + " days ago";
      }
      if (d.toHours() > 0) {
        return d.toHours() + " hours ago";
      }
      if (d.toMinutes() > 0) {
        return d.toMinutes() + " minutes ago";
      }
      return "just now";
    } catch (RuntimeException e) {
      return created;
    }
  }

  static String size(long bytes) {
    if (bytes < 1000) {
      return bytes + "B";
    }
    String[] units = {"kB", "MB", "GB", "TB"};
    double v = bytes;
    int i = -1;
    while (v >= 1000 && i < units.length - 1) {
      v /= 1000;
      i++;
    }
    return String.format(Locale.ROOT, "%.3g%s", v, units[i]);
  }
}
