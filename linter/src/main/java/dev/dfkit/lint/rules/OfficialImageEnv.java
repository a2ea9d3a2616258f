package dev.dfkit.lint.rules;

import java.util.Set;

/**
 * Environment variables that widely used official images set in their configuration (a heuristic,
 * for UndefinedVar). BuildKit knows a base image's ENV because it pulls the image's configuration;
 * offline we do not, so when a stage starts from an external image, references to these names are
 * given the benefit of the doubt. Everything else is still reported.
 *
 * <p>Gathered from the Dockerfiles of the Docker official images (debian, ubuntu, alpine, golang,
 * python, node, ruby, php, openjdk/eclipse-temurin, maven, gradle, tomcat, rust, nginx, httpd,
 * postgres, mysql, mariadb, mongo, redis, rabbitmq, elixir/erlang, julia, docker, jenkins, .NET,
 * NVIDIA CUDA), plus the usual locale and terminal variables.
 */
final class OfficialImageEnv {

  private OfficialImageEnv() {}

  static final Set<String> NAMES =
      Set.of(
          // Every image, or the usual shell environment
          "PATH",
          "HOME",
          "HOSTNAME",
          "USER",
          "SHELL",
          "LANG",
          "LC_ALL",
          "LANGUAGE",
          "TZ",
          "TERM",
          "DEBIAN_FRONTEND",
          "LD_LIBRARY_PATH",
          "LIBRARY_PATH",
          "SSL_CERT_FILE",
          "GPG_KEY",
          "GPG_KEYS",
          "GOSU_VERSION",
          "TINI_VERSION",
          // Java: openjdk, eclipse-temurin, amazoncorretto, maven, gradle, tomcat, jenkins
          "JAVA_HOME",
          "JAVA_VERSION",
          "JDK_VERSION",
          "JRE_VERSION",
          "MAVEN_HOME",
          "MAVEN_CONFIG",
          "MAVEN_VERSION",
          "GRADLE_HOME",
          "GRADLE_VERSION",
          "GRADLE_USER_HOME",
          "CATALINA_HOME",
          "TOMCAT_MAJOR",
          "TOMCAT_VERSION",
          "TOMCAT_SHA512",
          "TOMCAT_NATIVE_LIBDIR",
          "JENKINS_HOME",
          "JENKINS_VERSION",
          "JENKINS_UC",
          "REF",
          // Go
          "GOPATH",
          "GOLANG_VERSION",
          "GOTOOLCHAIN",
          // Python
          "PYTHON_VERSION",
          "PYTHON_SHA256",
          "PYTHON_PIP_VERSION",
          "PYTHON_SETUPTOOLS_VERSION",
          "PYTHON_GET_PIP_URL",
          "PYTHON_GET_PIP_SHA256",
          "PIP_VERSION",
          // Node.js
          "NODE_VERSION",
          "YARN_VERSION",
          // Ruby
          "RUBY_VERSION",
          "RUBY_MAJOR",
          "RUBY_DOWNLOAD_SHA256",
          "RUBY_DOWNLOAD_URL",
          "GEM_HOME",
          "BUNDLE_SILENCE_ROOT_WARNING",
          "BUNDLE_APP_CONFIG",
          // PHP (and its Apache variant)
          "PHP_VERSION",
          "PHP_INI_DIR",
          "PHPIZE_DEPS",
          "PHP_CFLAGS",
          "PHP_CPPFLAGS",
          "PHP_LDFLAGS",
          "PHP_URL",
          "PHP_ASC_URL",
          "PHP_SHA256",
          "APACHE_CONFDIR",
          "APACHE_ENVVARS",
          // nginx, httpd
          "NGINX_VERSION",
          "NJS_VERSION",
          "NJS_RELEASE",
          "PKG_RELEASE",
          "DYNPKG_RELEASE",
          "HTTPD_PREFIX",
          "HTTPD_VERSION",
          "HTTPD_SHA256",
          "HTTPD_PATCHES",
          // Rust
          "RUSTUP_HOME",
          "CARGO_HOME",
          "RUST_VERSION",
          // Databases and brokers
          "PG_MAJOR",
          "PG_VERSION",
          "PGDATA",
          "MYSQL_MAJOR",
          "MYSQL_VERSION",
          "MYSQL_SHELL_VERSION",
          "MARIADB_VERSION",
          "MONGO_MAJOR",
          "MONGO_VERSION",
          "MONGO_PACKAGE",
          "MONGO_REPO",
          "REDIS_VERSION",
          "REDIS_DOWNLOAD_URL",
          "REDIS_DOWNLOAD_SHA",
          "RABBITMQ_VERSION",
          "RABBITMQ_HOME",
          "RABBITMQ_DATA_DIR",
          "RABBITMQ_LOGS",
          "OPENSSL_VERSION",
          // Erlang, Elixir, Julia
          "OTP_VERSION",
          "REBAR3_VERSION",
          "ELIXIR_VERSION",
          "JULIA_PATH",
          "JULIA_VERSION",
          // Docker
          "DOCKER_VERSION",
          "DOCKER_TLS_CERTDIR",
          "DOCKER_BUILDX_VERSION",
          "DOCKER_COMPOSE_VERSION",
          // .NET
          "DOTNET_VERSION",
          "ASPNET_VERSION",
          "DOTNET_SDK_VERSION",
          "DOTNET_RUNNING_IN_CONTAINER",
          "DOTNET_USE_POLLING_FILE_WATCHER",
          "DOTNET_GENERATE_ASPNET_CERTIFICATE",
          "DOTNET_NOLOGO",
          "ASPNETCORE_HTTP_PORTS",
          "APP_UID",
          "NUGET_XMLDOC_MODE",
          "POWERSHELL_DISTRIBUTION_CHANNEL",
          // NVIDIA CUDA
          "CUDA_VERSION",
          "NVIDIA_VISIBLE_DEVICES",
          "NVIDIA_DRIVER_CAPABILITIES",
          "NVIDIA_REQUIRE_CUDA");
}
