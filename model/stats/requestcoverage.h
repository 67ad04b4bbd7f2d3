#pragma once

#include "logproblem.h"

#include <vector>

class LogStore;
class RequestStore;

// Whether the IIS access logs of a load can explain its httperr rows at all: for each server
// with access-log rows, their span must overlap the span of the httperr rows of the same
// server (of all servers when that one logged none). Each server whose spans miss each other
// gets a NoOverlap problem (a wrong day's files, or a log written in local time far from UTC),
// so the user learns it when loading, not from a spike's evidence.
namespace RequestCoverage {
std::vector<LogProblem> check(const LogStore &httperr, const RequestStore &requests);
}
