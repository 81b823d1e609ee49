/**
 * The one YAML tree of Faultline, with a line and column on every node ({@link dev.faultline.io.yaml.YamlNode}:
 * {@code YamlMap}, {@code YamlList}, {@code YamlScalar}), and its readers: {@link
 * dev.faultline.io.yaml.YamlTreeReader} for topology files (Jackson streaming; anchors, aliases, merge keys, several
 * documents and duplicate keys are reported, never misread), in front of it {@link
 * dev.faultline.io.yaml.PlainBytesReader} (plain block YAML read fast from a file's UTF-8 bytes, or a string's, or
 * left to the full reader) and {@link dev.faultline.io.yaml.ExpandingYamlReader} for other tools' files (SnakeYAML's
 * composer; anchors and merge keys expanded within limits). Also what reading a user's file needs below any format:
 * the hostile-input guard, packed positions, and the {@link dev.faultline.io.yaml.Problem}s a read reports.
 *
 * <p>May use: model (SourcePosition), Jackson, SnakeYAML. Knows no file format: nothing here names a topology key
 * (except the messages for an empty file). Outside io only {@code Problem} is named (ArchitectureTest).
 */
package dev.faultline.io.yaml;
