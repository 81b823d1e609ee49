/**
 * Deterministic synthetic topologies ({@code faultline generate}) for benchmarks and scale tests: gateways, layered
 * services, shared datastores, queues, providers with and without fallbacks, teams of varied size.
 *
 * <p>May use: model.
 */
package dev.faultline.generator;
