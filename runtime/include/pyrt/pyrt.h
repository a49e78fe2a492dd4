// The one header a compiled program includes.
#pragma once

#include "pyrt/api.h"
