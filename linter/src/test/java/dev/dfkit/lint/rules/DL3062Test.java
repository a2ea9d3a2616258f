package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL3062Test {

  @Test
  void installAndGetNeedAVersion() {
    LintTestHelper.forRule(DL3062.class)
        .source(
            """
            FROM golang:1.22
            #> DL3062@16: %1$s
            RUN go install example.com/pkg
            #> DL3062@12: %1$s
            RUN go get example.com/pkg@latest && go get -tool foobar@v1.2.3
            RUN go install example.com/pkg@v1.2.3 /go/app/foobar ./app/foobar .
            #> DL3062@33: %1$s
            RUN go install -ldflags "-s -w" example.com/tool
            """
                .formatted(DL3062.MESSAGE))
        .doTest();
  }

  @Test
  void runChecksOnlyThePackage() {
    LintTestHelper.forRule(DL3062.class)
        .source(
            """
            FROM golang:1.22
            RUN go run example.com/pkg@v1.2.3 --foo bar && go run . && go run main.go x
            RUN go build -o /app . && go mod download
            RUN go vet ./... && \\
            #> DL3062@12: %1$s
                go run example.com/pkg@none -f
            #> DL3062@20: %1$s
            ONBUILD RUN go run example.com/gen
            """
                .formatted(DL3062.MESSAGE))
        .doTest();
  }

  @Test
  void aGoModPinsThePackages() {
    // BuildKit's own generated-files.Dockerfile: go.mod and go.sum are bind-mounted, and
    // "go install tool" installs the tools go.mod declares.
    LintTestHelper.forRule(DL3062.class)
        .source(
            """
            FROM golang:1.24
            RUN --mount=type=bind,source=go.mod,target=/app/go.mod \\
                --mount=type=bind,source=go.sum,target=/app/go.sum \\
                go install github.com/planetscale/vtprotobuf/cmd/protoc-gen-go-vtproto
            RUN go install tool golang.org/x/tools/cmd/stringer && go install tool
            RUN --mount=type=cache,target=/go/pkg/mod/go.mod \\
            #> DL3062@16: %1$s
                go install example.com/cmd
            """
                .formatted(DL3062.MESSAGE))
        .doTest();
  }
}
