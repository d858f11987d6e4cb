// A consumer of sharedo-export on the module path, compiled and run by ModulePathConsumerTest. It names
// only our modules: everything else must follow from their descriptors, with no --add-modules.
module consumer {
  requires io.sharedo.export.core;
  requires io.sharedo.export.testkit;
}
