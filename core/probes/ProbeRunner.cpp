#include "core/probes/ProbeRunner.h"

// Implemented by the probes work (issue 5); this placeholder keeps the tree configurable.
