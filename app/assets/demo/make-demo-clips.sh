#!/usr/bin/env bash
# Remakes the demo clips (needs Debian's ffmpeg and fonts-dejavu-core).
set -euo pipefail
cd "$(dirname "$0")"
F=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
card() { # colour, name
  echo "drawtext=fontfile=$F:text='DEMO CLIP':fontcolor=white:fontsize=28:x=(w-text_w)/2:y=40,drawtext=fontfile=$F:text='not real BSL':fontcolor=white:fontsize=20:x=(w-text_w)/2:y=85,drawtext=fontfile=$F:text='Careway demo – $1':fontcolor=white:fontsize=14:x=(w-text_w)/2:y=130"
}
ffmpeg -hide_banner -loglevel error -y -f lavfi -i "color=c=0x1d4f80:s=320x180:d=6:r=10" -vf "$(card Leah)" \
  -c:v libx264 -profile:v baseline -pix_fmt yuv420p -crf 35 -movflags +faststart -an demo-bsl-person.mp4
ffmpeg -hide_banner -loglevel error -y -f lavfi -i "color=c=0x00703c:s=320x180:d=6:r=10" -vf "$(card Rhys)" \
  -c:v libvpx-vp9 -b:v 40k -pix_fmt yuv420p -an demo-bsl-worker.webm
# The placeholder for BSL versions of pages (every slot uses it until a
# real recording is uploaded in the media library).
ffmpeg -hide_banner -loglevel error -y -f lavfi -i "color=c=0x4c2c92:s=320x180:d=9:r=10" -vf "$(card 'page in BSL')" \
  -c:v libx264 -profile:v baseline -pix_fmt yuv420p -crf 35 -movflags +faststart -an demo-bsl-page.mp4
