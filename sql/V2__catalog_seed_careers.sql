-- Soundpath seed: the two career tracks, the shared skill map, career facts and salary figures as the source
-- article reported them. Ids: tracks 1-2, skills 101-110, track facts 501-599, salary figures 601-699.
--
-- Rewritten by issue 13: this migration also inserted the foundation course (201) and its five lessons. Courses,
-- lessons and checks now live in content/ as Markdown and a fresh database is filled from there at start-up
-- (authoring's ContentSeed). Databases that ran the landed version keep its rows; DatabaseMigration accepts that
-- version's checksum (platform/RewrittenMigrations).

INSERT INTO track (id, slug, title, tagline, overview_md, week_md, position) VALUES
    (1, 'producer', 'Music producer', 'Guide songs from first idea to finished record by shaping the writing, the arrangement, the recording and the mix alongside the artist.', 'A music producer guides a song or an album from its first rough idea to the finished record. Think of the job as part creative director and part project manager: the producer works out with the artist what the music should sound like, then makes sure the recording actually gets there.

## What the work involves

- **Pre-production.** Before anyone records, the producer sits down with the artist to tighten the songs: a stronger hook, a different chord under the chorus, a tempo that feels better. They may also choose session players or plan extra instruments.
- **Songwriting and arrangement.** Producers help decide which songs make the record and how each one is built: which instruments play where, when the drums drop out, how the last chorus lifts.
- **Overseeing recording.** In the studio the producer listens for the take with the right feel, coaches the performers and keeps the session moving. Often a sound engineer runs the equipment while the producer concentrates on the performance, though many producers engineer their own sessions too.
- **Overseeing mixing.** The producer shapes the final balance, either mixing personally or giving notes to a mix engineer, until all the parts sound like one record.
- **Guiding artists.** A large part of the job is people work: understanding what an artist hears in their head, giving honest feedback kindly, and keeping everyone focused on the same goal.

## What it takes

Producers rely on musical knowledge (theory, chords, melody and harmony) plus solid recording and mixing skills in a DAW. Good communication matters just as much, along with organisation, meeting deadlines and keeping up with new sounds and tools.

## Where producers work

You will find producers in recording studios, working on soundtracks for film and TV, on staff at record labels, or freelancing on their own. The role overlaps with sound engineering, and plenty of people do both, switching roles as a project moves along.', '*This is an illustration, not survey data: one plausible week for a freelance producer in the middle of an album. Real weeks vary a lot with the project, the budget and whether the producer also engineers.*

- **Monday: pre-production.** Listen through the artist''s new demos and meet to pick which songs go forward. Try one song a few beats per minute faster and a simpler chord under another chorus. Write down the key and tempo of each song.
- **Tuesday: arrangement.** Sketch arrangements in the DAW and program guide drums. Book a session bassist and a string player for later in the week and send them rough charts.
- **Wednesday: tracking.** A full day in the studio with an engineer: drums and bass in the morning, guide vocals after lunch. Most of the day is listening, encouraging, picking takes and watching the clock.
- **Thursday: overdubs and vocals.** Strings in the morning, lead vocal in the afternoon with regular breaks so the singer''s voice stays fresh. Keep notes on which lines to combine into the final vocal.
- **Friday: mix notes and admin.** Review the mix engineer''s first pass of last month''s single and send specific notes, such as "lead vocal up a touch in verse two". Answer emails, check the budget, send invoices and follow up a lead for next month.

Long days are common around sessions, and some weeks have no studio time at all. Those weeks go on writing, meeting people and catching up on new music and tools.', 1),
    (2, 'engineer', 'Sound engineer', 'Capture, shape and deliver clean, dependable sound in the studio, on stage and in post-production.', 'A sound engineer looks after the technical side of sound: capturing it cleanly, shaping it and delivering it, whether that means a recording that will be released or a loudspeaker system in front of a crowd. Where a producer asks "is this the right performance?", the engineer asks "is this sound as clear and dependable as it can be?"

## What the work involves

- **Setting up and running equipment.** Engineers choose and place microphones, run cables, and connect and operate mixing consoles, amplifiers and speakers. They check that every piece works and is set up correctly before anyone plays a note.
- **Live sound reinforcement.** At concerts and events the engineer mixes what the audience hears, keeping every part clear and balanced in the room, and works with the performers on what they hear on stage.
- **Recording.** In the studio the engineer handles microphones, levels and the DAW so each take is captured cleanly, leaving the artist and producer free to focus on the music.
- **Editing and post-production.** After the session, engineers tidy the recordings: joining the best takes, removing noise and clicks, and helping with mixing and mastering.
- **Troubleshooting.** Hum, a dead cable, feedback, a computer that freezes: engineers find the cause and fix it fast, often while a band, a client or an audience waits.

## What it takes

Sound engineers need a strong technical grounding in how audio gear, room acoustics and signal processing work, and fluency with consoles, microphones and DAWs such as Pro Tools. Just as important are a sharp ear for detail, patience with small details and a calm head when something breaks at the worst moment.

## Where engineers work

You will find engineers in recording studios, live sound, broadcast media, post-production companies, film and television, and theatre. Some specialise further, for example in radio production or in sound design for video games.', '*This is an illustration, not survey data: one possible week for an engineer on staff at a small studio who also takes live jobs. Many engineers do only one of these kinds of work.*

- **Monday: maintenance and preparation.** Test cables and microphones, fix a crackling patch point and update the studio computer. Build a session template and an input list for tomorrow''s band.
- **Tuesday: recording.** Place microphones around the drum kit, check that the kick and overhead mics are not fighting each other in phase, and set the gain on every channel. Run the session while the producer works with the band, then label and back up every take before going home.
- **Wednesday: editing.** Tighten the drum timing, combine the best vocal takes, remove clicks and stray breaths, and clean background noise out of a podcast recorded for a client.
- **Thursday: post-production.** Edit the dialogue for a short video: even out levels, reduce hum from a fridge, fill gaps with room tone, and deliver files at the loudness the client asked for.
- **Friday: live show.** Afternoon load-in at a venue: set up the PA and the stage monitors, check each input, tame feedback in the wedges, soundcheck with the band, mix the show, then pack up late at night.

Evening and weekend work is normal in live sound, and studio days run long when a session overruns. The common thread is preparation: most problems get solved before the first note is played.', 2);

INSERT INTO skill (id, slug, name, description) VALUES
    (101, 'signal-flow', 'Signal flow and gain staging', 'Knowing the path audio takes from the source to the speaker, and setting a sensible level at every point along it so the sound stays clear of noise and never clips.'),
    (102, 'critical-listening', 'Critical listening', 'Hearing what is really happening in a sound, such as balance, tone, space, noise and distortion, and describing it in words other people understand.'),
    (103, 'daw-recording-mixing', 'Recording and mixing in a DAW', 'Capturing performances and blending tracks into a finished mix in software such as Pro Tools, Logic Pro or Ableton Live. Producers and engineers both do this every working week.'),
    (104, 'theory-composition', 'Music theory and composition', 'Understanding keys, chords, melody and harmony well enough to suggest changes and write parts. It includes reading and writing basic notation.'),
    (105, 'songwriting-arrangement', 'Songwriting and arrangement', 'Shaping a song''s structure, hooks and parts, and deciding which instruments play when, so the song lands as strongly as it can.'),
    (106, 'communication-collaboration', 'Communication and collaboration', 'Understanding what artists and colleagues want, giving clear and tactful feedback, and keeping a team working toward the same sound.'),
    (107, 'recording-editing', 'Recording and editing', 'Placing microphones and capturing clean takes, then editing them by cutting, combining and removing noise and clicks so the recording is ready to mix.'),
    (108, 'live-mixing', 'Sound reinforcement and live mixing', 'Setting up and running PA and stage monitor systems, and mixing a live performance so the audience hears a clear, balanced sound.'),
    (109, 'troubleshooting', 'Problem-solving and troubleshooting', 'Finding and fixing technical faults quickly and calmly, from hum and dead cables to feedback and frozen software, often in the middle of a session or show.'),
    (110, 'equipment-setup', 'Setting up and running equipment', 'Choosing, connecting and operating microphones, consoles, amplifiers and speakers, and checking that everything works before the session or show begins.');

INSERT INTO skill_track (skill_id, track_id) VALUES
    (101, 1),
    (101, 2),
    (102, 1),
    (102, 2),
    (103, 1),
    (103, 2),
    (104, 1),
    (105, 1),
    (106, 1),
    (106, 2),
    (107, 2),
    (108, 2),
    (109, 2),
    (110, 2);

INSERT INTO track_fact (id, track_id, kind, position, title, body) VALUES
    (501, 1, 'RESPONSIBILITY', 1, 'Pre-production', 'Before recording starts, works through each song with the artist and suggests changes to lyrics, melodies or chords. Also plans any session players or extra instruments the songs need.'),
    (502, 1, 'RESPONSIBILITY', 2, 'Songwriting and arrangement', 'Helps choose the songs for a project and decides how each one is built: which instruments play, where sections begin and end, and how the song grows.'),
    (503, 1, 'RESPONSIBILITY', 3, 'Overseeing recording', 'Makes sure performances are captured well in the studio, listening for feel as much as accuracy and choosing the takes that work best.'),
    (504, 1, 'RESPONSIBILITY', 4, 'Overseeing mixing', 'Guides the mix until the separate tracks balance and sound like one coherent record, either mixing personally or giving notes to a mix engineer.'),
    (505, 1, 'RESPONSIBILITY', 5, 'Guiding artists and musicians', 'Helps performers do their best work with clear, encouraging direction, and keeps the whole project true to the artist''s vision.'),
    (506, 1, 'RESPONSIBILITY', 6, 'Running the project', 'Keeps the schedule, the budget and the deadlines on track from the first demo to the final mix.'),
    (507, 1, 'WORKPLACE', 1, 'Recording studios', 'The classic base: producing artists and bands in commercial studios or smaller project studios.'),
    (508, 1, 'WORKPLACE', 2, 'Film and television soundtracks', 'Producing music made to sit under pictures, where it has to fit scenes, timings and a director''s brief.'),
    (509, 1, 'WORKPLACE', 3, 'Freelance', 'Working project by project with different artists and genres, and finding the next job yourself.'),
    (510, 1, 'WORKPLACE', 4, 'Record labels', 'Employed by a label to produce releases for the artists it has signed.'),
    (511, 1, 'WORKPLACE', 5, 'Working independently', 'Running your own productions, often from a home or project studio, and releasing or pitching the results yourself.'),
    (512, 1, 'CAREER_PATH', 1, 'Starting out', 'Many producers begin by making their own tracks in a DAW, or by assisting in a studio to learn how sessions run before they lead one.'),
    (513, 1, 'CAREER_PATH', 2, 'Producer and engineer', 'The two roles overlap, and many people switch between producing and engineering as a project moves from stage to stage. Being able to record and mix your own sessions widens the work you can take on.'),
    (514, 1, 'CAREER_PATH', 3, 'Going freelance', 'With a body of finished work and a network of contacts, many producers go freelance and choose projects across different artists and genres.'),
    (515, 1, 'CAREER_PATH', 4, 'Joining a label', 'Some producers take a staff role at a record label, producing releases for the label''s artists.'),
    (516, 1, 'CAREER_PATH', 5, 'Music for film and television', 'Others move toward soundtrack work, where the music serves a story and the deadlines are set by the production.'),
    (517, 1, 'FIT', 1, 'You enjoy creative direction', 'You like deciding how a song should feel and sound, and you want to see a project through from the first idea to the finished record.'),
    (518, 1, 'FIT', 2, 'You have musical knowledge', 'You know, or are keen to learn, theory, chords and melody, and you can tell when a part is not helping the song.'),
    (519, 1, 'FIT', 3, 'You like working with people', 'You enjoy collaborating, can give honest feedback kindly, and can help someone give their best performance.'),
    (520, 1, 'FIT', 4, 'You can organise and juggle', 'You are comfortable managing schedules, budgets and several deadlines at the same time.'),
    (521, 1, 'FIT', 5, 'The careers appeal to you', 'You picture yourself producing in studios, making music for screen, working for a label, or freelancing on your own projects.'),
    (522, 2, 'RESPONSIBILITY', 1, 'Setting up and running equipment', 'Sets up mixing consoles, microphones, amplifiers and speakers, and makes sure each piece works and is adjusted correctly before the session or show.'),
    (523, 2, 'RESPONSIBILITY', 2, 'Live sound reinforcement', 'At live performances, controls the levels so the music reaches the audience balanced and clear, and helps performers get the sound they need on stage.'),
    (524, 2, 'RESPONSIBILITY', 3, 'Recording', 'In the studio, handles the technical side of capturing audio, from microphone choice and placement to levels and the DAW, so every take is clean.'),
    (525, 2, 'RESPONSIBILITY', 4, 'Editing and post-production', 'After recording, edits and cleans the audio, removes unwanted noise, and helps with mixing and mastering.'),
    (526, 2, 'RESPONSIBILITY', 5, 'Troubleshooting', 'Tracks down and fixes technical faults as they happen, often with an audience or a client waiting.'),
    (527, 2, 'WORKPLACE', 1, 'Recording studios', 'Recording and editing music sessions, often side by side with producers and artists.'),
    (528, 2, 'WORKPLACE', 2, 'Live sound and concerts', 'Running PA and monitor systems for concerts, festivals and other events.'),
    (529, 2, 'WORKPLACE', 3, 'Broadcast media', 'Keeping sound clean and reliable for television and radio broadcasters, often while on air.'),
    (530, 2, 'WORKPLACE', 4, 'Post-production companies', 'Editing, cleaning and mixing sound after it has been recorded, for music, video and other media.'),
    (531, 2, 'WORKPLACE', 5, 'Film and television', 'Capturing and finishing sound for screen productions, from dialogue on set to the final mix.'),
    (532, 2, 'WORKPLACE', 6, 'Theatre', 'Running sound for stage shows: microphones for performers plus music and effects cues, night after night.'),
    (533, 2, 'WORKPLACE', 7, 'Radio production', 'Recording, editing and mixing speech and music for radio programmes.'),
    (534, 2, 'WORKPLACE', 8, 'Sound design for video games', 'Creating the sounds players hear in a game, from footsteps to the atmosphere of a whole level.'),
    (535, 2, 'CAREER_PATH', 1, 'Starting out', 'A common route in is assisting: helping out in a studio, or joining a live crew to carry gear, run cables and learn from experienced engineers.'),
    (536, 2, 'CAREER_PATH', 2, 'Specialising in radio or broadcast', 'Some engineers focus on radio production or broadcast work, where clear speech, reliability and live deadlines matter most.'),
    (537, 2, 'CAREER_PATH', 3, 'Sound design for video games', 'Others specialise in game audio, designing and shaping the sounds players hear as they play.'),
    (538, 2, 'CAREER_PATH', 4, 'Film, television and post-production', 'Editing and mixing sound for the screen is another specialism, built on strong editing and post-production skills.'),
    (539, 2, 'CAREER_PATH', 5, 'Moving toward production', 'Engineers often contribute creative ideas in sessions, and many people in the industry take on both roles, engineering one part of a project and producing another.'),
    (540, 2, 'FIT', 1, 'You enjoy the technical side', 'You like setting up gear, understanding how it works and getting it running properly.'),
    (541, 2, 'FIT', 2, 'You have a keen ear for detail', 'You notice a faint hum, a harsh frequency or a level that is slightly off, and you want to fix it.'),
    (542, 2, 'FIT', 3, 'You stay calm under pressure', 'You can solve problems quickly and methodically while a show or a session carries on around you.'),
    (543, 2, 'FIT', 4, 'You are at home with audio software', 'You are comfortable learning DAWs like Ableton Live or Pro Tools and the signal processing inside them.'),
    (544, 2, 'FIT', 5, 'The workplaces appeal to you', 'You picture yourself in studios, at concerts, in broadcast or post-production, in theatre, or making sound for games.');

INSERT INTO salary_figure (id, track_id, position, measure, amount_low, amount_high, currency, region, source, source_note, recorded_on) VALUES
    (601, 1, 1, 'Median annual salary', 50500, NULL, 'USD', 'United States', 'Career-comparison article "Music Producer vs. Sound Engineer" (supplied with Soundpath as its source text)', 'The article gives no year or survey for this figure and calls it an approximate US median. It says pay varies with location, industry demand, experience, specialisation and reputation. The article''s median table and its average-range table come from different, unnamed bases, so do not compare one with the other.', DATE '2026-11-24'),
    (602, 1, 2, 'Average annual salary range', 55000, 130000, 'USD', 'United States', 'Career-comparison article "Music Producer vs. Sound Engineer" (supplied with Soundpath as its source text)', 'The article gives no year, survey or basis for this average range; treat it as approximate. It says pay varies with location, experience, specialisation and reputation. The range comes from a different, unnamed base than the article''s median figure, so do not compare the two.', DATE '2026-11-24'),
    (603, 2, 1, 'Median annual salary', 50150, NULL, 'USD', 'United States', 'Career-comparison article "Music Producer vs. Sound Engineer" (supplied with Soundpath as its source text)', 'The article gives no year or survey for this figure and calls it an approximate US median. It says pay varies with location, industry demand, experience, specialisation and reputation. The article''s median table and its average-range table come from different, unnamed bases, so do not compare one with the other.', DATE '2026-11-24'),
    (604, 2, 2, 'Average annual salary range', 44000, 104000, 'USD', 'United States', 'Career-comparison article "Music Producer vs. Sound Engineer" (supplied with Soundpath as its source text)', 'The article gives no year, survey or basis for this average range; treat it as approximate. It says pay varies with location, experience, specialisation and reputation. The range comes from a different, unnamed base than the article''s median figure, so do not compare the two.', DATE '2026-11-24');
