package dev.dfkit.parser.semantic;

import dev.dfkit.parser.shell.VariableLookup;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The variables visible at one point, in definition order; immutable. As a {@link VariableLookup}
 * it is what BuildKit expands instruction words with: an ARG declared without a value is not set.
 *
 * @see BuildVariables
 */
public final class VariableScope implements VariableLookup {

  static final VariableScope EMPTY = new VariableScope(new LinkedHashMap<>(), false);

  private final Map<String, Variable> variables;
  private final boolean baseImageUnknown;

  private VariableScope(Map<String, Variable> variables, boolean baseImageUnknown) {
    this.variables = variables;
    this.baseImageUnknown = baseImageUnknown;
  }

  @Override
  public String get(String name) {
    Variable v = variables.get(name);
    return v == null ? null : v.value();
  }

  @Override
  public Collection<String> names() {
    return Collections.unmodifiableCollection(variables.keySet());
  }

  public Optional<Variable> variable(String name) {
    return Optional.ofNullable(variables.get(name));
  }

  public Collection<Variable> variables() {
    return Collections.unmodifiableCollection(variables.values());
  }

  /**
   * True when the stage starts from an image whose ENV is not known here (any image but {@code
   * scratch} or an earlier stage): a name missing from this scope may still be set by the image.
   */
  public boolean baseImageUnknown() {
    return baseImageUnknown;
  }

  VariableScope with(Variable v) {
    Map<String, Variable> copy = new LinkedHashMap<>(variables);
    copy.remove(v.name()); // a redefinition moves to the end, as BuildKit's env list does
    copy.put(v.name(), v);
    return new VariableScope(copy, baseImageUnknown);
  }

  VariableScope withBaseImageUnknown(boolean unknown) {
    return new VariableScope(variables, unknown);
  }
}
