package dev.dfkit.build.copy;

/** A resolved {@code --chown}: numeric user and group ids. */
public record Ownership(int uid, int gid) {

  public static final Ownership ROOT = new Ownership(0, 0);

  public Ownership {
    if (uid < 0 || gid < 0) {
      throw new IllegalArgumentException("negative uid/gid: " + uid + ":" + gid);
    }
  }

  @Override
  public String toString() {
    return uid + ":" + gid;
  }
}
