package vn.cchc.report.config;

/** The configuration file is missing or wrong; the message is Vietnamese and says what to fix. */
public final class ConfigException extends Exception {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
