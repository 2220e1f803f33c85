"""The kernels that build reports: private Unix sockets, no history written."""

from __future__ import annotations

import os

from blinarepro import build


def test_build_kernels_talk_over_private_unix_sockets_and_keep_no_history():
    with build.kernel_config() as one, build.kernel_config() as two:
        for config in (one, two):
            assert config.KernelManager.transport == "ipc"
            assert os.path.isabs(config.KernelManager.ip)
            assert os.path.isdir(os.path.dirname(config.KernelManager.ip))
            # no IPython history database written into the user's ~/.ipython by a build
            assert "--HistoryManager.enabled=False" in config.NotebookClient.extra_arguments
        # two builds at once (make -j) never share socket paths
        assert one.KernelManager.ip != two.KernelManager.ip
        folders = [os.path.dirname(c.KernelManager.ip) for c in (one, two)]
    assert not any(os.path.exists(f) for f in folders), "the socket folders are removed"
    # a Unix socket path holds at most 107 bytes (sun_path); jupyter_client adds "-<n>"
    assert len(one.KernelManager.ip) + 3 < 108
