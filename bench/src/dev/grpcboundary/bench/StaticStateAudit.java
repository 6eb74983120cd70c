package dev.grpcboundary.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Finds static state in the checker jar that could carry something from one compilation into the
 * next in a long-lived JVM: a static field that is not final, or whose value is not deeply
 * immutable (a {@code HashMap} of symbols, say). Values are inspected as they are after class
 * initialization: immutable JDK and Guava collections, strings, boxed primitives and enums are
 * fine, and objects of our own classes are fine when all their fields are final and hold such
 * values in turn.
 */
final class StaticStateAudit {
  private static final List<String> IMMUTABLE_CLASS_PREFIXES =
      List.of(
          "java.lang.String",
          "java.lang.Integer",
          "java.lang.Long",
          "java.lang.Boolean",
          "java.lang.Character",
          "java.util.ImmutableCollections$",
          "java.util.regex.Pattern",
          "java.util.Optional",
          "com.google.common.collect.Immutable",
          "com.google.common.collect.EmptyImmutable",
          "com.google.common.collect.Regular",
          "com.google.common.collect.Singleton",
          "com.google.common.base.Splitter",
          "com.sun.tools.javac.util.Context$Key");

  private StaticStateAudit() {}

  /** Descriptions of static fields that could hold state; empty when there are none. */
  static List<String> suspiciousStatics(Path checkerJar, List<Path> processorPath) {
    List<String> found = new ArrayList<>();
    try (JarFile jar = new JarFile(checkerJar.toFile());
        URLClassLoader loader =
            new URLClassLoader(
                processorPath.stream().map(StaticStateAudit::url).toArray(URL[]::new),
                StaticStateAudit.class.getClassLoader())) {
      Enumeration<JarEntry> entries = jar.entries();
      while (entries.hasMoreElements()) {
        String entry = entries.nextElement().getName();
        if (!entry.endsWith(".class") || entry.startsWith("META-INF")) {
          continue;
        }
        String className = entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
        Class<?> cls = Class.forName(className, true, loader);
        for (Field field : cls.getDeclaredFields()) {
          if (!Modifier.isStatic(field.getModifiers()) || field.isSynthetic()) {
            continue;
          }
          String problem = problem(field, null);
          if (problem != null) {
            found.add(className + "." + field.getName() + ": " + problem);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return found;
  }

  private static String problem(Field field, Object owner) throws IllegalAccessException {
    if (!Modifier.isFinal(field.getModifiers())) {
      return "not final";
    }
    if (field.getType().isPrimitive()) {
      return null;
    }
    field.setAccessible(true);
    Object value = field.get(owner);
    return isDeeplyImmutable(value, Collections.newSetFromMap(new IdentityHashMap<>()))
        ? null
        : "holds a mutable " + value.getClass().getName();
  }

  private static boolean isDeeplyImmutable(Object value, Set<Object> seen) throws IllegalAccessException {
    if (value == null || !seen.add(value)) {
      return true;
    }
    Class<?> type = value.getClass();
    String name = type.getName();
    if (IMMUTABLE_CLASS_PREFIXES.stream().anyMatch(name::startsWith)) {
      return true;
    }
    if (!name.startsWith("dev.grpcboundary.") || type.isArray()) {
      return false;
    }
    for (Class<?> c = type; c != null && c.getName().startsWith("dev.grpcboundary."); c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers())) {
          continue;
        }
        if (!Modifier.isFinal(field.getModifiers())) {
          return false;
        }
        if (field.getType().isPrimitive()) {
          continue;
        }
        field.setAccessible(true);
        if (!isDeeplyImmutable(field.get(value), seen)) {
          return false;
        }
      }
    }
    return true;
  }

  private static URL url(Path path) {
    try {
      return path.toUri().toURL();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
