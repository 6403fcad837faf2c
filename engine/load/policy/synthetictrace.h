// SPDX-License-Identifier: MIT
#pragma once

#include "engine/load/policy/poolmodel.h"

namespace Bullpen {

// A synthetic day of serverless traffic drawn from the distributions Shahrad
// et al. publish for Azure Functions ("Serverless in the Wild", USENIX ATC
// 2020, §3). Each model function stands for one APPLICATION, the unit the
// paper's figures 5(a), 6 and 8 and its simulation use. The parameters are
// fixed here (decisions §4): the same trace on every machine and in every run.
//
// Every distribution is the paper's curve (the "ATC" line of the notebook
// Azure/AzurePublicDataset analysis/AzureFunctionsDataset2019-Trace_Analysis,
// which redraws the paper's figures from the paper's data), read off at every
// 2.5 % of the CDF (docs/policy-lab-trace.md says how) and drawn by inverse
// transform, linearly between those points:
//
// - an application's average invocations per day: Fig. 5(a), "Applications"
//   (log10 of calls per day; 45 % at most hourly, 81 % at most once a
//   minute, as the paper's text says);
// - the coefficient of variation of its inter-arrival times: Fig. 6, "All
//   Apps" (CV 0: strictly periodic, as a timer; 1: as Poisson). Not the
//   timer split of Fig. 3(a) (29.15 % of applications have a timer) over
//   Fig. 6's "At least 1 Timer" and "No Timers" curves: that mix gives 47 %
//   of applications a CV of at most 1 where "All Apps" has 57 % (about half
//   of the applications Fig. 6 measures have a timer), so it would not
//   reproduce Fig. 6;
// - its functions' average execution time: Fig. 7, "Average" (log10 s);
// - its average allocated memory: Fig. 8, "Average" (log10 MB).
//
// What the paper does not publish, and the generator therefore chooses (the
// only choices it makes): the quantities are independent of each other (the
// paper gives no joint distributions); the arrivals of an application are a
// stationary renewal process with gamma-distributed gaps of the drawn mean
// and CV (CV 0: a fixed period with a random phase); each call runs for the
// application's average execution time; no diurnal cycle (Fig. 4); a cold
// start adds no time (the paper's simulation counts cold starts, it does not
// lengthen executions). Beyond the figures' edges the last point read is
// used: at most about 1.07 million calls a day (Fig. 5(a)'s curve goes on to
// 10^8 past the 99.5th percentile), CV at most 9.5 (Fig. 6 stops at 10; 5 % of applications lie beyond).
struct SyntheticTraceParameters
{
    int functions = 1000;
    qint64 durationMs = 24LL * 3600 * 1000;
    quint64 seed = 2020;
    // Calls of the same applications for this long BEFORE the trace's duration (the warm-up whose
    // statistics a policy carries into the day, as the paper's simulation over its trace's 14 days
    // has learnt each application long before most of its calls): the trace then runs from the
    // warm-up's start, and its last durationMs are the calls it has without a warm-up, at the same
    // offsets plus warmUpMs. Each application's process runs on backwards into the warm-up from the
    // call before its first (the end of the gap that straddles the day's start), its earlier gaps
    // drawn from a generator of its own, so the day itself does not change.
    qint64 warmUpMs = 0;
};

ModelTrace generateSyntheticTrace(const SyntheticTraceParameters &parameters = {});

// The published distributions the generator draws from, for tests and docs:
// the value at CDF u in [0, 1] (linear between the points read every 2.5 %).
namespace SyntheticDistributions {
double log10CallsPerDay(double u); // Fig. 5(a), applications
double interArrivalCv(double u); // Fig. 6, all applications
double log10ExecutionSeconds(double u); // Fig. 7, average
double log10MemoryMb(double u); // Fig. 8, average
} // namespace SyntheticDistributions

} // namespace Bullpen
