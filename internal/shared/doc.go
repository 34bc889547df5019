// Package shared locates the project's shared folder (../shared beside the
// repository, or $DIPGRAPH_SHARED), which holds the seed article, its gold
// annotation and the contracts. Tests read the seed there; the project never
// copies it.
package shared
