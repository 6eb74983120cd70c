package dev.grpcboundary;

import com.google.errorprone.CompilationTestHelper;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.scanner.ErrorProneScanner;
import com.google.errorprone.scanner.ScannerSupplier;
import dev.grpcboundary.engine.Engine;
import dev.grpcboundary.engine.Engines;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/**
 * A new engine is one declaration: the check picks up everything it says (what it ships, which
 * calls serialize, what runs on the receiving side, which callbacks run on the driver, its failure
 * and cure) with no other change. "Grid" is a made-up engine whose API is declared in the test
 * sources, so nothing here stands in for a real library.
 */
@RunWith(JUnit4.class)
public final class EngineRegistryTest {
  private static final Engine GRID =
      Engine.named("Grid", "com.example.grid.")
          .ships("Grid serializes and ships to grid nodes")
          .failsWith("`Grid.submit` throws `GridMarshalException`")
          .serializingCallsFailWith("`GridMarshalException`")
          .cure("Build the client on the grid node, in `GridTask.start()`")
          .serializingMethods("com.example.grid.Grid#submit")
          .receivingSideTypes("com.example.grid.GridTask")
          .receivingSideMethods("com.example.grid.TaskFactory#createTask")
          .driverCallbacks("com.example.grid.Grid#onCompletion")
          .build();

  private static final String GRID_API =
      """
      package com.example.grid;

      import java.io.Serializable;

      public interface Grid {
        void submit(Object task);

        void onCompletion(GridCallback callback);

        interface GridCallback extends Serializable {
          void done(String jobId);
        }
      }
      """;

  private static final String GRID_TASK =
      """
      package com.example.grid;

      import java.io.Serializable;

      public abstract class GridTask implements Serializable {
        public abstract void start();

        public abstract String run(String input);
      }
      """;

  private static final String TASK_FACTORY =
      """
      package com.example.grid;

      import java.io.Serializable;

      public interface TaskFactory extends Serializable {
        Object createTask();
      }
      """;

  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(
              ScannerSupplier.fromScanner(
                  new ErrorProneScanner(
                      new GrpcClientCrossesProcessBoundary(
                          ErrorProneFlags.empty(), Engines.builtInAnd(GRID)))),
              getClass())
          .addSourceLines("com/example/grid/Grid.java", GRID_API)
          .addSourceLines("com/example/grid/GridTask.java", GRID_TASK)
          .addSourceLines("com/example/grid/TaskFactory.java", TASK_FACTORY);

  @Test
  public void gridTaskFieldIsShippedByGridWithItsFailureAndCure() {
    helper
        .addSourceLines(
            "TranslateTask.java",
            """
            import com.example.grid.GridTask;
            import io.grpc.ManagedChannel;

            class TranslateTask extends GridTask {
              // BUG: Diagnostic contains: `channel` (ManagedChannel, a gRPC client) is a field of class `TranslateTask`, which Grid serializes and ships to grid nodes: `Grid.submit` throws `GridMarshalException`. Build the client on the grid node, in `GridTask.start()`.
              private final ManagedChannel channel;

              TranslateTask(ManagedChannel channel) {
                this.channel = channel;
              }

              @Override
              public void start() {}

              @Override
              public String run(String input) {
                return channel.authority();
              }
            }
            """)
        .doTest();
  }

  @Test
  public void gridSerializingCallAndDriverCallback() {
    helper
        .addSourceLines(
            "Job.java",
            """
            import com.example.grid.Grid;
            import io.grpc.ManagedChannel;

            class Job {
              static void run(Grid grid, ManagedChannel channel) {
                // BUG: Diagnostic contains: is passed to `Grid.submit`, which serializes it: serialization fails with `GridMarshalException`
                grid.submit(channel);
                // The completion callback runs on the driver: using the driver's channel is fine.
                grid.onCompletion(jobId -> channel.authority());
                // BUG: Diagnostic contains: is captured by a lambda (Grid `GridCallback`) that Grid serializes
                Grid.GridCallback shipped = jobId -> channel.authority();
              }
            }
            """)
        .doTest();
  }

  @Test
  public void gridReceivingSideCodeKeepsItsOwnClients() {
    helper
        .addSourceLines(
            "Tasks.java",
            """
            import com.example.grid.GridTask;
            import com.example.grid.TaskFactory;
            import io.grpc.ManagedChannel;
            import io.grpc.ManagedChannelBuilder;

            class Tasks implements TaskFactory {
              private final String target;

              Tasks(String target) {
                this.target = target;
              }

              // Runs on the grid node: the task it builds, and the channel in it, never travel.
              @Override
              public Object createTask() {
                return new ChannelTask(ManagedChannelBuilder.forTarget(target).build());
              }

              static class ChannelTask extends GridTask {
                private final ManagedChannel channel;

                ChannelTask(ManagedChannel channel) {
                  this.channel = channel;
                }

                @Override
                public void start() {}

                @Override
                public String run(String input) {
                  return channel.authority();
                }
              }
            }
            """)
        .doTest();
  }
}
